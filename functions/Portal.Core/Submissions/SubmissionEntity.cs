using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>A submission's row: partition = the client id, row = the submission id (which sorts the newest first).</summary>
internal sealed class SubmissionEntity : PortalEntity
{
    public string Kind { get; set; } = "";

    /// <summary>The version of the form it was begun on, and is checked by.</summary>
    public int FormVersion { get; set; }

    public string Status { get; set; } = "";

    /// <summary>The form's content as JSON (at most <see cref="FormValidation.MaxContentLength"/> characters).</summary>
    public string Content { get; set; } = "{}";

    public string CreatedBy { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public string UpdatedByName { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the retention timer deletes the draft: Retention:DraftsDays after the last change, to the hour it is indexed by.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The <c>Idempotency-Key</c> of the submit that sent it, with the user who sent it and the fingerprint of what they sent (all but the password).</summary>
    public string? SubmitKey { get; set; }

    public string? SubmitUser { get; set; }

    public string? SubmitFingerprint { get; set; }

    /// <summary>When the user confirmed it (§31): the receipt number's year is the Riga year of this moment.</summary>
    public DateTimeOffset? SubmitStartedAt { get; set; }

    /// <summary>Where it was confirmed from, for the audit trail (also when the repair pass finishes it).</summary>
    public string? SubmitIpAddress { get; set; }

    public string? SubmitUserAgent { get; set; }

    public string? SubmitCorrelationId { get; set; }

    /// <summary>The SHA-256 (hex) of the submission's canonical JSON (<see cref="SubmissionHash"/>), fixed when it was confirmed.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The files sent with it, as JSON (<see cref="SentAttachment"/>s, the oldest first), fixed when it was confirmed.</summary>
    public string? Attachments { get; set; }

    /// <summary>The receipt number (<c>2026/000123</c>), once sent.</summary>
    public string? ReceiptNumber { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The version of the last status the back office fed (<see cref="SubmissionStatusFeed"/>); an older one is stale.</summary>
    public long? StatusVersion { get; set; }

    /// <summary>The content hash of that status record: the same version again with the same content is a replay.</summary>
    public string? StatusHash { get; set; }

    /// <summary>When the user asked to withdraw it, while the back office has not answered (<see cref="SubmissionProgress"/>).</summary>
    public DateTimeOffset? WithdrawalRequestedAt { get; set; }

    /// <summary>How many entries its history has: the next one is <c>history|{id}|{HistoryCount + 1}</c>, written with this row (If-Match).</summary>
    public int HistoryCount { get; set; }

    /// <summary>The retention guard (<see cref="Privacy.RetentionGuard"/>): the index row whose stamp this is may delete the draft; an older one may not.</summary>
    public string? RetentionStamp { get; set; }
}
