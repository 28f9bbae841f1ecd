using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Notifications;

/// <summary>A message waiting to be sent, stored in the partition of the change that caused it (same transaction).</summary>
internal sealed class OutboxEntity : PortalEntity
{
    public const string RowPrefix = "outbox|";


    public string MessageId { get; set; } = "";

    /// <summary>"email" (the default, for rows written before events existed) or "event" for the back office.</summary>
    public string? Kind { get; set; }

    /// <summary>For an event: its type (the message's subject).</summary>
    public string? EventType { get; set; }

    public string Payload { get; set; } = "";

    public bool Sent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }
}

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

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EmailMessage))]
internal sealed partial class NotificationsJson : JsonSerializerContext;

/// <summary>Puts emails and back-office events into the outbox together with the change that causes them.</summary>
public sealed class Outbox(PortalStorage storage, TimeProvider time)
{
    public const string EventKind = "event";

    /// <summary>The same for an event to the back office: published by the dispatcher with the outbox id as message id.</summary>
    public async Task<TableTransactionAction> PrepareEventAsync(string table, string partition, BackOffice.BackOfficeEvent message, CancellationToken cancellationToken)
    {
        var action = await PrepareRowAsync(table, partition, JsonSerializer.Serialize(message, BackOffice.EventsJson.Default.BackOfficeEvent), cancellationToken);
        var entity = (OutboxEntity)action.Entity;
        entity.Kind = EventKind;
        entity.EventType = message.Type;
        return action;
    }

    /// <summary>
    /// Writes the pending-index row now and returns the action that adds the message to the change's
    /// own transaction (same table, same partition). If that transaction never commits, the index row
    /// finds nothing and is tidied away; nothing is sent.
    /// </summary>
    public Task<TableTransactionAction> PrepareAsync(string table, string partition, EmailMessage message, CancellationToken cancellationToken) =>
        PrepareRowAsync(table, partition, JsonSerializer.Serialize(message, NotificationsJson.Default.EmailMessage), cancellationToken);

    private async Task<TableTransactionAction> PrepareRowAsync(string table, string partition, string payload, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        var row = OutboxEntity.RowPrefix + id;
        var pending = await storage.TableAsync(StorageNames.OutboxTable, cancellationToken);
        await pending.AddEntityAsync(new OutboxPendingEntity
        {
            RowKey = $"{now.UtcTicks:D19}|{id}",
            TableName = table,
            EntryPartition = partition,
            EntryRow = row,
            CreatedAt = now,
        }, cancellationToken);
        return new TableTransactionAction(TableTransactionActionType.Add, new OutboxEntity
        {
            PartitionKey = partition,
            RowKey = row,
            MessageId = id,
            Payload = payload,
            CreatedAt = now,
        });
    }
}
