using Portal.Core.Storage;

namespace Portal.Core.Notifications;

/// <summary>
/// Where the dispatcher finds what to send without scanning: one small row per message, written
/// before the change's transaction. Partition "pending", row "{created ticks}|{id}".
/// </summary>
internal sealed class OutboxPendingEntity : PortalEntity
{
    public const string Partition = "pending";

    public OutboxPendingEntity()
    {
        PartitionKey = Partition;
    }

    public string TableName { get; set; } = "";

    public string EntryPartition { get; set; } = "";

    public string EntryRow { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
