namespace Portal.Core.Permits;

public sealed record Permit(
    string Id, string Number, ServiceKind ServiceKind, PermitStatus Status, DateOnly ValidFrom, DateOnly? ValidTo, string? CallSign, IReadOnlyList<StationRecord> Stations);
