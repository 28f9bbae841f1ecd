namespace Portal.Core.Accounts;

/// <summary>What one reminder run did: the index rows it read (the users due within 14 days) and the reminders it queued.</summary>
public sealed record ExpiryRun(int IndexRowsRead, int Sent);
