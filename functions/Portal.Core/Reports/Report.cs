namespace Portal.Core.Reports;

/// <summary>A report a client has asked for, as its list shows it.</summary>
/// <param name="Attempts">How many times building it has started (a failed attempt is tried again).</param>
public sealed record Report(
    string Id,
    ReportOrder Order,
    ReportStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ReadyAt,
    DateTimeOffset ExpiresAt,
    string? FileName,
    long? SizeBytes,
    int Attempts);
