namespace Portal.Core.Privacy;

/// <summary>The kinds of stored data with a retention period of their own (docs/privacy.md).</summary>
public enum RetentionKind
{
    Sessions,
    OneTimeLinks,
    Throttle,
    Outbox,
    RejectedApplications,
    AuditTrails,
    Reports,
    Drafts,
    TableExports,
    SubmissionFiles,
}
