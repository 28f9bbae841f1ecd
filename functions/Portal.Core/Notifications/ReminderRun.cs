namespace Portal.Core.Notifications;

/// <summary>What a reminder run did: the digest days it covered, the client groups it found with items, the digests it queued.</summary>
public sealed record ReminderRun(int Days, int Groups, int Digests);
