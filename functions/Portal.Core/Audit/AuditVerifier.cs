using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Portal.Core.Storage;

namespace Portal.Core.Audit;

/// <summary>
/// Checks the chains the anchors name: each record's hash, each link to the record before, the head,
/// and that every anchored head is still there with the same hash (which catches deleted newest records).
/// <see cref="VerifyAsync"/> works on from where it last found a chain whole (its checkpoint row,
/// "verified" in the chain's partition) and reads only the anchor blobs of the days since its last run,
/// so its cost follows what was written since; <see cref="VerifyAllAsync"/> checks everything again.
/// </summary>
public sealed class AuditVerifier(PortalStorage storage, TimeProvider time, ILogger<AuditVerifier> logger)
{
    /// <summary>The partition of the verifier's own progress: the first day blob of anchors the next run reads.</summary>
    private const string ProgressPartition = "verifier";
    private const string ProgressRow = "progress";
    private const string CheckpointRow = "verified";

    /// <summary>Checks what was appended since the last run, from each chain's last verified record.</summary>
    public Task<IReadOnlyList<AuditBreak>> VerifyAsync(CancellationToken cancellationToken) => RunAsync(incremental: true, cancellationToken);

    /// <summary>Checks every record of every anchored chain again (weekly), and records the checkpoints anew.</summary>
    public Task<IReadOnlyList<AuditBreak>> VerifyAllAsync(CancellationToken cancellationToken) => RunAsync(incremental: false, cancellationToken);

    private async Task<IReadOnlyList<AuditBreak>> RunAsync(bool incremental, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AuditTable, cancellationToken);
        var todaysBlob = AuditTrail.AnchorBlobName(time.GetUtcNow());
        var fromBlob = incremental ? await ReadStringAsync(table, ProgressPartition, ProgressRow, "FromBlob", cancellationToken) : null;
        var anchors = await ReadAnchorsAsync(fromBlob, cancellationToken);
        var breaks = new List<AuditBreak>();
        foreach (var (chain, anchored) in anchors)
        {
            // From the later of the checkpoint and the floor below which retention has deleted the records (AuditRetention).
            var floor = await ChainMarks.ReadAsync(table, chain, AuditRetention.FloorRow, cancellationToken);
            var checkpoint = incremental ? await ChainMarks.ReadAsync(table, chain, CheckpointRow, cancellationToken) : null;
            var start = checkpoint is { } verified && (floor is null || verified.Sequence > floor.Value.Sequence) ? checkpoint : floor;
            var (found, last) = await VerifyChainAsync(table, chain, anchored, start, cancellationToken);
            breaks.AddRange(found);
            if (found.Count == 0 && last is not null)
            {
                await ChainMarks.WriteAsync(table, chain, CheckpointRow, last.Value, cancellationToken);
            }
        }

        // Anchors are appended after their record commits, so today's blob is read again next time.
        await table.UpsertEntityAsync(new TableEntity(ProgressPartition, ProgressRow) { ["FromBlob"] = todaysBlob }, TableUpdateMode.Replace, cancellationToken);
        foreach (var broken in breaks)
        {
            AuditLog.ChainBroken(logger, broken.Chain, broken.Sequence, broken.Problem);
        }

        AuditLog.Verified(logger, anchors.Count, breaks.Count);
        return breaks;
    }

    private static async Task<(List<AuditBreak> Breaks, (long Sequence, string Hash)? Last)> VerifyChainAsync(
        TableClient table, string chain, Dictionary<long, string> anchored, (long Sequence, string Hash)? start, CancellationToken cancellationToken)
    {
        var breaks = new List<AuditBreak>();
        var records = new List<AuditRecord>();
        // Record keys count down from the newest (AuditEntity.RowKeyFor): those after the start (a checkpoint or the floor) sort before its key.
        var below = start is { } from ? AuditEntity.RowKeyFor(from.Sequence) : "a";
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == chain && e.RowKey.CompareTo(below) < 0, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(row));
        }

        var headRow = await table.GetEntityIfExistsAsync<TableEntity>(chain, AuditHeadEntity.Row, cancellationToken: cancellationToken);
        var head = headRow.HasValue && headRow.Value is { } h ? (Sequence: h.GetInt64(nameof(AuditHeadEntity.Sequence)) ?? 0, Hash: h.GetString(nameof(AuditHeadEntity.Hash)) ?? "") : default((long Sequence, string Hash)?);

        records.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var previous = start?.Hash ?? AuditTrail.Genesis;
        var expected = (start?.Sequence ?? 0) + 1;
        foreach (var record in records)
        {
            if (record.Sequence != expected)
            {
                breaks.Add(new(chain, expected, $"record {expected} is missing"));
                expected = record.Sequence;
            }

            if (!record.HashHolds())
            {
                breaks.Add(new(chain, record.Sequence, "the record does not match its hash (altered)"));
            }

            if (record.PreviousHash != previous)
            {
                breaks.Add(new(chain, record.Sequence, "the record does not link to the one before it"));
            }

            previous = record.Hash;
            expected++;
        }

        var last = records.Count > 0 ? (records[^1].Sequence, records[^1].Hash) : start;
        if (head is null || last is null || head.Value.Sequence != last.Value.Sequence || head.Value.Hash != last.Value.Hash)
        {
            breaks.Add(new(chain, last?.Sequence, "the chain's head does not match its last record"));
        }

        foreach (var (sequence, hash) in anchored)
        {
            if (start is { } verified && sequence <= verified.Sequence)
            {
                // Checked when the checkpoint was written (the weekly full run checks it again), or deleted by retention.
                continue;
            }

            var record = records.FirstOrDefault(r => r.Sequence == sequence);
            if (record is null || record.Hash != hash)
            {
                breaks.Add(new(chain, sequence, "an anchored record is missing or differs (records removed or rewritten)"));
            }
        }

        return (breaks, last);
    }

    private static async Task<string?> ReadStringAsync(TableClient table, string partition, string row, string property, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? entity.GetString(property) : null;
    }

    /// <summary>The anchor lines of the day blobs from <paramref name="from"/> on (all when null), by chain.</summary>
    private async Task<Dictionary<string, Dictionary<long, string>>> ReadAnchorsAsync(string? from, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(StorageNames.AuditContainer, cancellationToken);
        var anchors = new Dictionary<string, Dictionary<long, string>>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "anchors/", cancellationToken))
        {
            if (from is not null && string.CompareOrdinal(blob.Name, from) < 0)
            {
                continue;
            }

            foreach (var (name, sequence, hash) in await AuditTrail.ReadAnchorsAsync(container, blob.Name, cancellationToken))
            {
                if (!anchors.TryGetValue(name, out var chain))
                {
                    anchors[name] = chain = [];
                }

                chain[sequence] = hash;
            }
        }

        return anchors;
    }

    private static AuditRecord ToRecord(TableEntity row) => new(
        row.GetInt64(nameof(AuditRecord.Sequence)) ?? 0,
        row.GetDateTimeOffset(nameof(AuditRecord.At)) ?? default,
        row.GetString(nameof(AuditRecord.Actor)) ?? "",
        row.GetString(nameof(AuditRecord.ClientId)),
        row.GetString(nameof(AuditRecord.Action)) ?? "",
        row.GetString(nameof(AuditRecord.Target)) ?? "",
        row.GetString(nameof(AuditRecord.Result)) ?? "",
        row.GetString(nameof(AuditRecord.IpAddress)) ?? "",
        row.GetString(nameof(AuditRecord.UserAgent)) ?? "",
        row.GetString(nameof(AuditRecord.CorrelationId)) ?? "",
        row.GetString(nameof(AuditRecord.PreviousHash)) ?? "",
        row.GetString(nameof(AuditRecord.Hash)) ?? "");
}
