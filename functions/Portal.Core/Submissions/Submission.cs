using System.Text.Json;

namespace Portal.Core.Submissions;

/// <summary>
/// A client's submission as its members see it: the form's kind and version, the content, and what the form's schema still
/// finds wrong with it (<see cref="Problems"/>, by field path; a draft may be incomplete, a submission may not), and its files.
/// </summary>
public sealed record Submission(
    string Id,
    string Kind,
    int FormVersion,
    SubmissionStatus Status,
    JsonElement Content,
    IReadOnlyDictionary<string, string[]> Problems,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset ExpiresAt,
    string Etag)
{
    /// <summary>Its files: a draft's as they stand (uploads not finished say how far they came), a sent one's as they were sent.</summary>
    public IReadOnlyList<SubmissionAttachment> Attachments { get; init; } = [];
    /// <summary>A sent submission's receipt number (<c>2026/000123</c>); null for a draft.</summary>
    public string? ReceiptNumber { get; init; }

    /// <summary>A sent submission's steps, oldest first (<see cref="SubmissionHistory"/>); empty for a draft.</summary>
    public IReadOnlyList<SubmissionHistoryEntry> History { get; init; } = [];

    /// <summary>The documents the back office put for it (a decision, an e-permit).</summary>
    public IReadOnlyList<SubmissionDocument> Documents { get; init; } = [];
}
