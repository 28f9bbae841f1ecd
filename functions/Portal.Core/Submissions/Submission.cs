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
}
