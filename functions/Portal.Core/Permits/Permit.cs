namespace Portal.Core.Permits;

/// <param name="Document">The kind of the signed e-permit ES put ("pdf" or "edoc"), or null when there is none to download.</param>
public sealed record Permit(
    string Id, string Number, ServiceKind ServiceKind, PermitStatus Status, DateOnly ValidFrom, DateOnly? ValidTo, string? CallSign, IReadOnlyList<StationRecord> Stations, string? Document);
