using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Portal.Core.Backup;

/// <summary>
/// Writes tables back from an export made by <see cref="TableExport"/> (docs/recovery.md). Before the first write it
/// checks everything it can: the run's manifest is there and of a known format, each chosen table's blob has the
/// manifest's SHA-256, and each target table is empty unless the request allows replacing. Then it streams each blob
/// back in entity-group transactions (at most 100 rows of one partition, under 2 MiB), replacing rows with the same keys.
/// </summary>
public sealed class TableRestore(TableServiceClient tables, BlobContainerClient exports)
{
    private const int MaxBatchRows = 100;

    /// <summary>A transaction may carry 4 MiB; a line's size stands in for its entity's, with room left for the framing.</summary>
    private const int MaxBatchBytes = 2 * 1024 * 1024;

    public async Task<RestoreResult> RestoreAsync(RestoreRequest request, IProgress<RestoredTable>? progress, CancellationToken cancellationToken)
    {
        var run = ExportLayout.RunName(request.Run);
        var manifest = await ReadManifestAsync(request.Run, cancellationToken);
        if (manifest is null)
        {
            return new RestoreResult.Refused(
                $"The export {run} has no manifest ({ExportLayout.ManifestBlob(request.Run)}): it does not exist or was never finished. Nothing was restored.");
        }

        if (manifest.Format != ExportManifest.CurrentFormat)
        {
            return new RestoreResult.Refused($"The export {run} has format {manifest.Format}; this restore reads format {ExportManifest.CurrentFormat}. Nothing was restored.");
        }

        var unknown = request.Tables.Where(name => manifest.Tables.All(t => t.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            return new RestoreResult.Refused($"The export {run} has no table {string.Join(", ", unknown)}. Nothing was restored.");
        }

        var chosen = manifest.Tables.Where(t => request.Tables.Count == 0 || request.Tables.Contains(t.Name)).ToList();
        var versions = new Dictionary<string, ETag>();
        foreach (var table in chosen)
        {
            var (sha256, version) = await HashAsync(exports.GetBlobClient(table.Blob), cancellationToken);
            if (sha256 is null)
            {
                return new RestoreResult.Refused($"The export {run} lacks the blob {table.Blob} its manifest lists. Nothing was restored.");
            }

            if (!string.Equals(sha256, table.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return new RestoreResult.Refused(
                    $"The blob {table.Blob} does not match the manifest: its SHA-256 is {sha256}, the manifest says {table.Sha256}. Nothing was restored.");
            }

            versions[table.Name] = version;
        }

        if (!request.Replace)
        {
            var occupied = new List<string>();
            foreach (var table in chosen)
            {
                if (await HasRowsAsync(tables.GetTableClient(table.Name), cancellationToken))
                {
                    occupied.Add(table.Name);
                }
            }

            if (occupied.Count > 0)
            {
                return new RestoreResult.Refused(
                    $"These tables already have rows: {string.Join(", ", occupied)}. Empty them first, or restore with replacing (rows with the exported keys are overwritten, others kept). Nothing was restored.");
            }
        }

        var restored = new List<RestoredTable>();
        foreach (var table in chosen)
        {
            var rows = await RestoreTableAsync(table, versions[table.Name], cancellationToken);
            if (rows != table.Rows)
            {
                throw new InvalidDataException($"{table.Blob} held {rows} rows where the manifest says {table.Rows}.");
            }

            restored.Add(new RestoredTable(table.Name, rows));
            progress?.Report(restored[^1]);
        }

        return new RestoreResult.Restored(request.Run, restored);
    }

    private async Task<ExportManifest?> ReadManifestAsync(DateOnly run, CancellationToken cancellationToken)
    {
        try
        {
            var content = (await exports.GetBlobClient(ExportLayout.ManifestBlob(run)).DownloadContentAsync(cancellationToken)).Value.Content;
            return JsonSerializer.Deserialize(content.ToMemory().Span, BackupJson.Default.ExportManifest);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (JsonException)
        {
            // A manifest that does not parse vouches for nothing.
            return null;
        }
    }

    /// <summary>The SHA-256 (hex) of the blob's bytes and the version that was read; a null hash when the blob is missing.</summary>
    private static async Task<(string? Sha256, ETag Version)> HashAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var download = (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            await using var content = download.Content;
            using var sha256 = SHA256.Create();
            return (Convert.ToHexStringLower(await sha256.ComputeHashAsync(content, cancellationToken)), download.Details.ETag);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return (null, default);
        }
    }

    private static async Task<bool> HasRowsAsync(TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
            {
                return true;
            }

            return false;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }
    }

    private async Task<long> RestoreTableAsync(ExportedTable exported, ETag version, CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(exported.Name);
        await table.CreateIfNotExistsAsync(cancellationToken);
        // The version whose hash was checked, and no other: a blob changed since makes the download fail.
        var download = (await exports.GetBlobClient(exported.Blob).DownloadStreamingAsync(
            new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = version } }, cancellationToken)).Value;
        await using var content = download.Content;
        await using var gzip = new GZipStream(content, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var batch = new List<TableTransactionAction>(MaxBatchRows);
        var batchBytes = 0;
        var rows = 0L;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var entity = EntityLine.Read(line);
            var bytes = Encoding.UTF8.GetByteCount(line);
            if (batch.Count > 0 && (batch.Count == MaxBatchRows || batchBytes + bytes > MaxBatchBytes || batch[0].Entity.PartitionKey != entity.PartitionKey))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
                batch.Clear();
                batchBytes = 0;
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            batchBytes += bytes;
            rows++;
        }

        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }

        return rows;
    }
}
