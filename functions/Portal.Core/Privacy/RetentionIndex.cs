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
    /// <summary>What <paramref name="table"/>'s row (or, with <paramref name="row"/> null, whole partition) expires at, counted from <paramref name="from"/>.</summary>
    /// <param name="guard">A row of the partition and the value one of its properties must still have when the period ends (a decision that may yet lose a race).</param>
    public async Task AddAsync(
        RetentionKind kind, DateTimeOffset from, string table, string partition, string? row, string? blob, RetentionGuard? guard, CancellationToken cancellationToken)
    {
        var expiresAt = from + options.Value.PeriodOf(kind);
        var index = await storage.TableAsync(StorageNames.RetentionIndexTable, cancellationToken);
        await index.UpsertEntityAsync(new RetentionIndexEntity
        {
            PartitionKey = RetentionIndexEntity.PartitionFor(expiresAt),
            RowKey = $"{table}|{partition}|{row}",
            Kind = PrivacyNotice.Word(kind),
            TableName = table,
            EntryPartition = partition,
            EntryRow = row ?? "",
            Blob = blob ?? "",
            GuardRow = guard?.Row ?? "",
            GuardProperty = guard?.Property ?? "",
            GuardValue = guard?.Value ?? "",
        }, TableUpdateMode.Replace, cancellationToken);
    }
}
