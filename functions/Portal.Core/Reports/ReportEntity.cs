using Portal.Core.Storage;

namespace Portal.Core.Reports;

/// <summary>A report's row: partition = the client id, row = the report id (which sorts the newest first).</summary>
internal sealed class ReportEntity : PortalEntity
{
    public string Kind { get; set; } = "";

    public string Format { get; set; } = "";

    public string Language { get; set; } = "";

    public string? From { get; set; }

    public string? To { get; set; }

    public string? AsOf { get; set; }

    public string Status { get; set; } = "";

    /// <summary>The user who asked; reports are the client's, any member with the scope may download them.</summary>
    public string RequestedBy { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ReadyAt { get; set; }

    public string? FileName { get; set; }

    public long? SizeBytes { get; set; }

    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed, for support (never shown to the client: it may name internals).</summary>
    public string? Failure { get; set; }
}
