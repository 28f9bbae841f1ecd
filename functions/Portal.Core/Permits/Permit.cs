namespace Portal.Core.Permits;

public sealed record Permit(
    string Id, string Number, string ServiceKind, string Status, DateOnly ValidFrom, DateOnly? ValidTo, string? CallSign, IReadOnlyList<StationRecord> Stations);
