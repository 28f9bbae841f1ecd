using Azure;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Privacy;

/// <summary>
/// Deletes what has outlived its retention period (docs/privacy.md). It reads only the RetentionIndex hour partitions that have ended since
/// its cursor, then deletes each named row, partition and blob, then the index row; the cursor moves after each whole hour.
/// </summary>
public sealed class RetentionSweeper(PortalStorage storage, TimeProvider time)
{
    public const string CursorPartition = "cursor";

    /// <summary>With no cursor yet, the sweep starts this far back: index rows are written at least a day ahead, so none is older.</summary>
    public static readonly TimeSpan FirstRunWindow = TimeSpan.FromHours(48);

    /// <summary>A run sweeps at most a week of hours; a longer backlog is caught up over the following runs.</summary>
    private const int MaxHoursPerRun = 24 * 7;

    private const string CursorRow = "cursor";

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var index = await storage.TableAsync(StorageNames.RetentionIndexTable, cancellationToken);
        var now = time.GetUtcNow();
        var cursor = await index.GetEntityIfExistsAsync<TableEntity>(CursorPartition, CursorRow, cancellationToken: cancellationToken);
        var hour = cursor.HasValue && cursor.Value!.GetDateTimeOffset("Next") is { } next ? next : HourOf(now - FirstRunWindow);
        var deleted = 0;
        for (var swept = 0; hour.AddHours(1) <= now && swept < MaxHoursPerRun; swept++, hour = hour.AddHours(1))
        {
            var partition = RetentionIndexEntity.PartitionFor(hour);
            await foreach (var entry in index.QueryAsync<RetentionIndexEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            {
                if (await GuardHoldsAsync(entry, cancellationToken))
                {
                    await DeleteAsync(entry, cancellationToken);
                    deleted++;
                }

                await index.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
            }

            await index.UpsertEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["Next"] = hour.AddHours(1) }, TableUpdateMode.Replace, cancellationToken);
        }

        return deleted;
    }

    private static DateTimeOffset HourOf(DateTimeOffset instant) => new(instant.UtcDateTime.Date.AddHours(instant.UtcDateTime.Hour), TimeSpan.Zero);

    private async Task<bool> GuardHoldsAsync(RetentionIndexEntity entry, CancellationToken cancellationToken)
    {
        if (entry.GuardRow.Length == 0)
        {
            return true;
        }

        var table = await storage.TableAsync(entry.TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(entry.EntryPartition, entry.GuardRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.TryGetValue(entry.GuardProperty, out var value) && value?.ToString() == entry.GuardValue;
    }

    private async Task DeleteAsync(RetentionIndexEntity entry, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(entry.TableName, cancellationToken);
        if (entry.EntryRow.Length > 0)
        {
            await table.DeleteEntityAsync(entry.EntryPartition, entry.EntryRow, ETag.All, cancellationToken);
        }
        else
        {
            // One partition, by its key: a point range, not a scan.
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == entry.EntryPartition, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
        }

        if (entry.Blob.Split('/', 2) is [var container, var name])
        {
            var blobs = await storage.ContainerAsync(container, cancellationToken);
            await blobs.DeleteBlobIfExistsAsync(name, cancellationToken: cancellationToken);
        }
    }
}
