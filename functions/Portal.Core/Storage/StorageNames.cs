namespace Portal.Core.Storage;

/// <summary>Every table and blob container the portal uses; infra/bicep creates the same list.</summary>
public static class StorageNames
{
    public const string TermsTable = "Terms";
    public const string TermsContainer = "terms";
    public const string AccountsTable = "Accounts";
    public const string SessionsTable = "Sessions";
    public const string OutboxTable = "Outbox";
    public const string AuditTable = "Audit";
    public const string AuditContainer = "audit";

    public static IReadOnlyList<string> Tables { get; } = [TermsTable, AccountsTable, SessionsTable, OutboxTable, AuditTable];

    public static IReadOnlyList<string> Containers { get; } = [TermsContainer, AuditContainer];
}
