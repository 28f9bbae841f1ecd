using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

/// <summary>
/// A status the back office feeds for a sent submission (<c>POST /api/backoffice/submission-statuses</c>): the submission, by the
/// portal's id or its receipt number (either, or both when they agree); the submission's status <paramref name="Version"/>, which grows
/// with each change; the status; ES's message (required when asking for information); and when it changed (ISO 8601 with an offset).
/// </summary>
public sealed record SubmissionStatusRecord(string? SubmissionId, string? ReceiptNumber, long? Version, string? Status, string? Message, string? ChangedAt)
{
    /// <summary>What the answer names the record by: the submission id as sent, else the receipt number.</summary>
    [JsonIgnore]
    public string Reference => SubmissionId ?? ReceiptNumber ?? "";
}

/// <summary>A status record that passed validation, its values checked and typed.</summary>
internal sealed record ValidSubmissionStatus(string? SubmissionId, string? ReceiptNumber, long Version, SubmissionStatus Status, string? Message, DateTimeOffset ChangedAt);
