using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Audit;

/// <summary>
/// Deletes audit trails by whole closed years once <see cref="RetentionOptions.AuditTrailDays"/> have passed since the year's end
/// (docs/privacy.md). The year's anchor blobs are its time index: they name every chain that grew that year and its last record
/// then. For each such chain the floor row (that record's sequence and hash, which the next record links to) is written first,
/// then the chain's records up to it are deleted by a range of its own partition, and last the year's anchor blobs; a crash
/// anywhere leaves work the next run redoes. <see cref="AuditVerifier"/> starts each chain from its floor.
/// </summary>
public sealed class AuditRetention(PortalStorage storage, IOptions<RetentionOptions> options, TimeProvider time)
{
    /// <summary>The row, in each purged chain's partition, of the last record deleted: "Sequence" and "Hash".</summary>
    public const string FloorRow = "floor";

    private const string CursorPartition = "retention";
    private const string CursorRow = "cursor";
    private const string AnchorPrefix = "anchors/";

    /// <summary>Purges every closed year whose period has ended and that is not purged yet; returns the records deleted.</summary>
    public async Task<int> PurgeExpiredYearsAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AuditTable, cancellationToken);
        var container = await storage.ContainerAsync(StorageNames.AuditContainer, cancellationToken);
        var cursor = await table.GetEntityIfExistsAsync<TableEntity>(CursorPartition, CursorRow, cancellationToken: cancellationToken);
        var year = cursor.HasValue && cursor.Value!.GetInt32("NextYear") is { } next ? next : await FirstAnchoredYearAsync(container, cancellationToken);
        var deleted = 0;
        while (year is { } closed && IsExpired(closed))
        {
            var blobs = new List<string>();
            var lastOfYear = new Dictionary<string, (long Sequence, string Hash)>();
            await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{AnchorPrefix}{closed:D4}-", cancellationToken))
            {
                blobs.Add(blob.Name);
                foreach (var (chain, sequence, hash) in await AuditTrail.ReadAnchorsAsync(container, blob.Name, cancellationToken))
                {
                    if (!lastOfYear.TryGetValue(chain, out var last) || sequence > last.Sequence)
                    {
                        lastOfYear[chain] = (sequence, hash);
                    }
                }
            }

            foreach (var (chain, last) in lastOfYear)
            {
                deleted += await PurgeChainAsync(table, chain, last, cancellationToken);
            }

            foreach (var blob in blobs)
            {
                await container.DeleteBlobIfExistsAsync(blob, cancellationToken: cancellationToken);
            }

            year = closed + 1;
            await table.UpsertEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["NextYear"] = year }, TableUpdateMode.Replace, cancellationToken);
        }

        return deleted;
    }

    private bool IsExpired(int year) =>
        new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero) + options.Value.PeriodOf(RetentionKind.AuditTrails) <= time.GetUtcNow();

    private static async Task<int?> FirstAnchoredYearAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        // Day blobs are named by date, and listed in name order: the first is the oldest.
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, AnchorPrefix, cancellationToken))
        {
            return int.Parse(blob.Name.AsSpan(AnchorPrefix.Length, 4), CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static async Task<int> PurgeChainAsync(TableClient table, string chain, (long Sequence, string Hash) last, CancellationToken cancellationToken)
    {
        if (await ChainMarks.ReadAsync(table, chain, FloorRow, cancellationToken) is not { } floor || floor.Sequence < last.Sequence)
        {
            // The floor first: records gone without it would read as a chain cut short.
            await ChainMarks.WriteAsync(table, chain, FloorRow, last, cancellationToken);
        }

        // Record keys count down from the newest (AuditEntity.RowKeyFor): the record and all before it sort from its key up to the letters.
        var from = AuditEntity.RowKeyFor(last.Sequence);
        var deletes = new List<TableTransactionAction>();
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == chain && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo("a") < 0, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            deletes.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
            if (deletes.Count == 100)
            {
                deleted += await SubmitAsync(table, deletes, cancellationToken);
            }
        }

        return deleted + await SubmitAsync(table, deletes, cancellationToken);
    }

    private static async Task<int> SubmitAsync(TableClient table, List<TableTransactionAction> deletes, CancellationToken cancellationToken)
    {
        var count = deletes.Count;
        if (count > 0)
        {
            await table.SubmitTransactionAsync(deletes, cancellationToken);
            deletes.Clear();
        }

        return count;
    }
}
