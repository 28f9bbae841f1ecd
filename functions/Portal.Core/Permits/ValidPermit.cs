using Portal.Core.BackOffice;

namespace Portal.Core.Permits;

/// <summary>A permit that passed validation: words typed, call sign trimmed (empty null), every station and frequency checked.</summary>
internal sealed record ValidPermit(
    string ExternalId,
    long Version,
    string ClientExternalId,
    string Number,
    ServiceKind ServiceKind,
    PermitStatus Status,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? CallSign,
    IReadOnlyList<StationRecord> Stations,
    double LowestMHz,
    double HighestMHz) : IValidFeedRecord;
