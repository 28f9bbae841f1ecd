namespace Portal.Core.Permits;

public sealed record PermitSummary(
    string Id, string Number, ServiceKind ServiceKind, PermitStatus Status, DateOnly ValidFrom, DateOnly? ValidTo, string? CallSign, int Stations, double LowestMHz, double HighestMHz, bool HasDocument);
