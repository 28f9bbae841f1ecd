using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;

namespace Portal.Core.Privacy;

/// <summary>
/// Writers call this before the change that makes data final (index first): the row that says when it expires, by its kind's period.
/// A crash after the index row leaves an index row whose data is deleted early or is not there, never data that no timer finds.
/// </summary>
public sealed class RetentionIndex(PortalStorage storage, IOptions<RetentionOptions> options)
{
    /// <summary>
    /// Indexes <paramref name="targets"/> to expire at <paramref name="from"/> plus <paramref name="kind"/>'s period: one write, since they
    /// share the hour partition of the index. Returns when they expire.
    /// </summary>
    public async Task<DateTimeOffset> AddAsync(RetentionKind kind, DateTimeOffset from, CancellationToken cancellationToken, params RetentionTarget[] targets)
    {
        var expiresAt = from + options.Value.PeriodOf(kind);
        var index = await storage.TableAsync(StorageNames.RetentionIndexTable, cancellationToken);
        var rows = targets.Select(target => new RetentionIndexEntity
        {
            PartitionKey = RetentionIndexEntity.PartitionFor(expiresAt),
            RowKey = $"{target.Table}|{target.Partition}|{target.Row}",
            Kind = PrivacyNotice.Word(kind),
            TableName = target.Table,
            EntryPartition = target.Partition,
            EntryRow = target.Row ?? "",
            Blob = target.Blob ?? "",
            GuardRow = target.Guard?.Row ?? "",
            GuardProperty = target.Guard?.Property ?? "",
            GuardValue = target.Guard?.Value ?? "",
        });
        await index.WriteAllAsync([.. rows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row))], cancellationToken);
        return expiresAt;
    }
}
