using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Notifications;

/// <summary>Puts emails and back-office events into the outbox together with the change that causes them.</summary>
public sealed class Outbox(PortalStorage storage, TimeProvider time)
{
    public const string EventKind = "event";

    /// <summary>Work left to the dispatcher (<see cref="IDeferredWork"/>).</summary>
    public const string WorkKind = "work";

    /// <summary>The partition of the outbox table that holds deferred work items.</summary>
    public const string WorkPartition = "work";

    /// <summary>The same for an event to the back office: published by the dispatcher with the outbox id as message id.</summary>
    public async Task<TableTransactionAction> PrepareEventAsync(string table, string partition, BackOffice.BackOfficeEvent message, CancellationToken cancellationToken)
    {
        var action = await PrepareRowAsync(table, partition, JsonSerializer.Serialize(message, BackOffice.EventsJson.Default.BackOfficeEvent), cancellationToken);
        var entity = (OutboxEntity)action.Entity;
        entity.Kind = EventKind;
        entity.EventType = message.Type;
        return action;
    }

    /// <summary>Leaves <paramref name="payload"/> to the <see cref="IDeferredWork"/> named <paramref name="workType"/>: two writes, whatever the work will find.</summary>
    public async Task EnqueueWorkAsync(string workType, string payload, CancellationToken cancellationToken)
    {
        var action = await PrepareRowAsync(StorageNames.OutboxTable, WorkPartition, payload, cancellationToken);
        var entity = (OutboxEntity)action.Entity;
        entity.Kind = WorkKind;
        entity.EventType = workType;
        var table = await storage.TableAsync(StorageNames.OutboxTable, cancellationToken);
        await table.AddEntityAsync(entity, cancellationToken);
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
