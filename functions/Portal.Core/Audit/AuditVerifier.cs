using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Portal.Core.Storage;

namespace Portal.Core.Audit;

/// <summary>
/// Checks every chain the anchors name: each record's hash, each link to the record before, the head,
/// and that every anchored head is still there with the same hash (which catches deleted newest records).
/// </summary>
public sealed class AuditVerifier(PortalStorage storage, ILogger<AuditVerifier> logger)
{
    public async Task<IReadOnlyList<AuditBreak>> VerifyAsync(CancellationToken cancellationToken)
    {
        var anchors = await ReadAnchorsAsync(cancellationToken);
        var table = await storage.TableAsync(StorageNames.AuditTable, cancellationToken);
        var breaks = new List<AuditBreak>();
        foreach (var (chain, anchored) in anchors)
        {
            breaks.AddRange(await VerifyChainAsync(table, chain, anchored, cancellationToken));
        }

        foreach (var found in breaks)
        {
            AuditLog.ChainBroken(logger, found.Chain, found.Sequence, found.Problem);
        }

        AuditLog.Verified(logger, anchors.Count, breaks.Count);
        return breaks;
    }

    private static async Task<List<AuditBreak>> VerifyChainAsync(TableClient table, string chain, Dictionary<long, string> anchored, CancellationToken cancellationToken)
    {
        var breaks = new List<AuditBreak>();
        var records = new List<AuditRecord>();
        AuditHeadEntity? head = null;
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == chain, cancellationToken: cancellationToken))
        {
            if (row.RowKey == AuditHeadEntity.Row)
            {
                head = new AuditHeadEntity { Sequence = row.GetInt64(nameof(AuditHeadEntity.Sequence)) ?? 0, Hash = row.GetString(nameof(AuditHeadEntity.Hash)) ?? "" };
            }
            else
            {
                records.Add(ToRecord(row));
            }
        }

        records.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var previous = AuditTrail.Genesis;
        var expected = 1L;
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

        var last = records.Count > 0 ? records[^1] : null;
        if (head is null || last is null || head.Sequence != last.Sequence || head.Hash != last.Hash)
        {
            breaks.Add(new(chain, last?.Sequence, "the chain's head does not match its last record"));
        }

        foreach (var (sequence, hash) in anchored)
        {
            var record = records.FirstOrDefault(r => r.Sequence == sequence);
            if (record is null || record.Hash != hash)
            {
                breaks.Add(new(chain, sequence, "an anchored record is missing or differs (records removed or rewritten)"));
            }
        }

        return breaks;
    }

    private async Task<Dictionary<string, Dictionary<long, string>>> ReadAnchorsAsync(CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(StorageNames.AuditContainer, cancellationToken);
        var anchors = new Dictionary<string, Dictionary<long, string>>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "anchors/", cancellationToken))
        {
            var content = await container.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken);
            foreach (var line in content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split('\t');
                if (!anchors.TryGetValue(parts[0], out var chain))
                {
                    anchors[parts[0]] = chain = [];
                }

                chain[long.Parse(parts[1], CultureInfo.InvariantCulture)] = parts[2];
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
