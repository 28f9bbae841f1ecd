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

    /// <summary>The retention guard (<see cref="Privacy.RetentionGuard"/>): the index row whose stamp this is may delete the draft; an older one may not.</summary>
    public string? RetentionStamp { get; set; }
}
