using Portal.Core.BackOffice;

namespace Portal.Core.Permits;

/// <summary>A radio permit (atļauja) with its technical parameters (§2.10): where it transmits, on what, with what.</summary>
public sealed record PermitRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    string? Number,
    string? ServiceKind,
    string? Status,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? CallSign,
    IReadOnlyList<StationRecord>? Stations) : IFeedRecord;
