using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Privacy;

/// <summary>
/// How long each kind of stored data is kept, in days (§9, §23.1): the retention timer deletes by these and the privacy
/// notice (GET /api/privacy) states them, so the two cannot disagree. docs/privacy.md lists what each covers.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Session rows, counted from the latest moment the session can end (its absolute timeout).</summary>
    [Range(1, 3650, ErrorMessage = "Retention:SessionsDays must be 1-3650.")]
    public int SessionsDays { get; set; } = 30;

    /// <summary>One-time links (and the email that carried them), counted from the link's expiry.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:OneTimeLinksDays must be 1-3650.")]
    public int OneTimeLinksDays { get; set; } = 30;

    /// <summary>Throttle counters, counted from the end of their window.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:ThrottleDays must be 1-3650.")]
    public int ThrottleDays { get; set; } = 2;

    /// <summary>Sent outbox rows (their bodies are cleared when sent), counted from sending.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:OutboxDays must be 1-3650.")]
    public int OutboxDays { get; set; } = 90;

    /// <summary>Rejected applications and their documents, counted from the decision.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:RejectedApplicationsDays must be 1-3650.")]
    public int RejectedApplicationsDays { get; set; } = 180;

    /// <summary>Audit trails (evidence, §23.3), counted from the end of the calendar year of the record.</summary>
    [Range(365, 7300, ErrorMessage = "Retention:AuditTrailDays must be 365-7300.")]
    public int AuditTrailDays { get; set; } = 3653;

    /// <summary>Reports users generate (a later issue builds them), counted from generation.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:ReportsDays must be 1-3650.")]
    public int ReportsDays { get; set; } = 30;

    /// <summary>Unsent drafts of requests (a later issue builds them), counted from the last change.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:DraftsDays must be 1-3650.")]
    public int DraftsDays { get; set; } = 90;

    /// <summary>The nightly table exports kept for recovery (a copy of everything above), counted from the export's UTC date.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:TableExportsDays must be 1-3650.")]
    public int TableExportsDays { get; set; } = 35;

    /// <summary>The files of a sent submission, kept for the back office to fetch, counted from the submit.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:SubmissionFilesDays must be 1-3650.")]
    public int SubmissionFilesDays { get; set; } = 90;

    public int DaysOf(RetentionKind kind) => kind switch
    {
        RetentionKind.Sessions => SessionsDays,
        RetentionKind.OneTimeLinks => OneTimeLinksDays,
        RetentionKind.Throttle => ThrottleDays,
        RetentionKind.Outbox => OutboxDays,
        RetentionKind.RejectedApplications => RejectedApplicationsDays,
        RetentionKind.AuditTrails => AuditTrailDays,
        RetentionKind.Reports => ReportsDays,
        RetentionKind.Drafts => DraftsDays,
        RetentionKind.TableExports => TableExportsDays,
        RetentionKind.SubmissionFiles => SubmissionFilesDays,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public TimeSpan PeriodOf(RetentionKind kind) => TimeSpan.FromDays(DaysOf(kind));
}
