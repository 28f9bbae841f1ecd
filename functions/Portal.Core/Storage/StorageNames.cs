namespace Portal.Core.Storage;

/// <summary>Every table, blob container and queue the portal uses; infra/bicep creates the same lists.</summary>
public static class StorageNames
{
    public const string TermsTable = "Terms";
    public const string TermsContainer = "terms";
    public const string AccountsTable = "Accounts";
    public const string SessionsTable = "Sessions";
    public const string OutboxTable = "Outbox";
    public const string AuditTable = "Audit";
    public const string AuditContainer = "audit";
    public const string RegistrationsTable = "Registrations";
    public const string RegistrationDocumentsContainer = "registration-documents";
    public const string ThrottleTable = "Throttle";
    public const string PasswordExpiryTable = "PasswordExpiry";
    public const string LockoutIndexTable = "LockoutIndex";
    public const string RetentionIndexTable = "RetentionIndex";
    public const string ClientsTable = "Clients";
    public const string BillingTable = "Billing";
    public const string PermitsTable = "Permits";

    /// <summary>Which client each fed invoice, payment, billing account and permit belongs to (<c>PartitionFeed</c>): apart from the records, so their tables hold only what the views read.</summary>
    public const string FeedClaimsTable = "FeedClaims";

    /// <summary>The reminder digests' day index, cursor and sent markers (docs/ARCHITECTURE.md, "Reminders").</summary>
    public const string RemindersTable = "Reminders";
    public const string SubmissionsTable = "Submissions";

    /// <summary>Payment orders' stamps, used provider transactions, and the expiry, booking and staff queues (the orders are in Billing).</summary>
    public const string PaymentsTable = "Payments";
    public const string BackOfficeEventsContainer = "backoffice-events";
    public const string InvoicesContainer = "invoices";
    public const string PermitDocumentsContainer = "permit-documents";

    /// <summary>Documents the back office puts for sent submissions (a decision, an e-permit).</summary>
    public const string SubmissionDocumentsContainer = "submission-documents";
    public const string ReportsTable = "Reports";
    public const string ReportsContainer = "reports";

    /// <summary>Reports to build: a queue-triggered function takes them (in Azure and in the dev host alike).</summary>
    public const string ReportsQueue = "reports";

    /// <summary>Where a report's message goes after its last failed attempt (the Functions host's "-poison" convention).</summary>
    public const string ReportsPoisonQueue = ReportsQueue + "-poison";

    /// <summary>The nightly copies of every table, for recovery (docs/recovery.md).</summary>
    public const string TableExportsContainer = "table-exports";

    /// <summary>Files attached to submissions, under random names (<c>{clientId}/{32 hex}</c>).</summary>
    public const string SubmissionFilesContainer = "submission-files";

    /// <summary>Locally the back-office events go to this Azurite queue (in Azure, a Service Bus topic).</summary>
    public const string BackOfficeEventsQueue = "backoffice-events";

    public static IReadOnlyList<string> Tables { get; } =
        [TermsTable, AccountsTable, SessionsTable, OutboxTable, AuditTable, RegistrationsTable, ThrottleTable, PasswordExpiryTable, LockoutIndexTable, RetentionIndexTable, ClientsTable, BillingTable, PermitsTable, ReportsTable, RemindersTable, SubmissionsTable, PaymentsTable, FeedClaimsTable];

    /// <summary>The queues queue-triggered functions read, with their poison queues; infra/bicep creates them too.</summary>
    public static IReadOnlyList<string> TriggerQueues { get; } = [ReportsQueue, ReportsPoisonQueue];

    public static IReadOnlyList<string> Containers { get; } = [TermsContainer, AuditContainer, RegistrationDocumentsContainer, BackOfficeEventsContainer, InvoicesContainer, PermitDocumentsContainer, ReportsContainer, TableExportsContainer, SubmissionFilesContainer, SubmissionDocumentsContainer];
}
