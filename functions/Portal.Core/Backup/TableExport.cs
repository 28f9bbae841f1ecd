using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Backup;

/// <summary>
/// Copies every table to the table-exports container for recovery (Azure Tables has no backup of its own; docs/recovery.md):
/// a run per UTC day, each table streamed page by page through gzip into its blob, so memory stays at one page and one
/// upload block whatever the table's size. A table's blob is marked finished (its row count and SHA-256 in the blob's
/// metadata) once whole, so a run cut short is finished by the next one the same day; the manifest, written last, makes
/// the run complete, and a run that finds it does nothing. Each run then deletes the runs past
/// <see cref="RetentionOptions.TableExportsDays"/>, found by their names alone.
/// </summary>
public sealed class TableExport(PortalStorage storage, StorageClients clients, IOptions<RetentionOptions> retention, TimeProvider time, ILogger<TableExport> logger)
{
    private const int PageSize = 1000;

    /// <summary>Lines are handed to gzip in pieces of about this size.</summary>
    private const int ChunkBytes = 256 * 1024;

    private const int UploadBlockBytes = 4 * 1024 * 1024;
    private const string RowsMetadata = "rows";
    private const string Sha256Metadata = "sha256";

    // The export's own clients: patient retries and long timeouts, where the portal's requests give up quickly.
    private readonly TableServiceClient _tables = clients.CreateTableService(RetryShape.Background);
    private readonly BlobServiceClient _blobs = clients.CreateBlobService(RetryShape.Background);

    public async Task<TableExportResult> RunAsync(CancellationToken cancellationToken)
    {
        // The portal's preparation creates the container (and the tables) the first time.
        await storage.EnsureReadyAsync(cancellationToken);
        var container = _blobs.GetBlobContainerClient(StorageNames.TableExportsContainer);
        var startedAt = time.GetUtcNow();
        var run = DateOnly.FromDateTime(startedAt.UtcDateTime);
        ExportManifest? written = null;
        if ((await container.GetBlobClient(ExportLayout.ManifestBlob(run)).ExistsAsync(cancellationToken)).Value)
        {
            BackupLog.AlreadyExported(logger, ExportLayout.RunName(run));
        }
        else
        {
            written = await ExportAsync(container, run, startedAt, cancellationToken);
        }

        return new(run, written, await DeleteExpiredRunsAsync(container, run, cancellationToken));
    }

    private async Task<ExportManifest> ExportAsync(BlobContainerClient container, DateOnly run, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var tables = new List<ExportedTable>();
        foreach (var name in StorageNames.Tables)
        {
            var blob = container.GetBlockBlobClient(ExportLayout.TableBlob(run, name));
            var table = await FinishedAsync(blob, name, cancellationToken) ?? await ExportTableAsync(blob, name, cancellationToken);
            BackupLog.TableExported(logger, ExportLayout.RunName(run), name, table.Rows);
            tables.Add(table);
        }

        var manifest = new ExportManifest(ExportManifest.CurrentFormat, run, startedAt, time.GetUtcNow(), tables);
        await container.GetBlobClient(ExportLayout.ManifestBlob(run)).UploadAsync(
            new BinaryData(JsonSerializer.SerializeToUtf8Bytes(manifest, BackupJson.Default.ExportManifest)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        BackupLog.Exported(logger, ExportLayout.RunName(run), tables.Count, tables.Sum(t => t.Rows));
        return manifest;
    }

    /// <summary>The table's blob as an earlier run of the same day finished it, or null when it must be written (again).</summary>
    private static async Task<ExportedTable?> FinishedAsync(BlockBlobClient blob, string name, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.Metadata;
            return metadata.TryGetValue(RowsMetadata, out var rows) && metadata.TryGetValue(Sha256Metadata, out var sha256)
                ? new ExportedTable(name, blob.Name, long.Parse(rows, CultureInfo.InvariantCulture), sha256)
                : null;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    private async Task<ExportedTable> ExportTableAsync(BlockBlobClient blob, string name, CancellationToken cancellationToken)
    {
        using var sha256 = SHA256.Create();
        long rows;
        var options = new BlockBlobOpenWriteOptions { BufferSize = UploadBlockBytes, HttpHeaders = new BlobHttpHeaders { ContentType = "application/gzip" } };
        await using (var upload = await blob.OpenWriteAsync(overwrite: true, options, cancellationToken))
        {
            // The hash is of the bytes as stored (compressed), so anyone can check a downloaded blob with sha256sum.
            await using var hashing = new CryptoStream(upload, sha256, CryptoStreamMode.Write, leaveOpen: true);
            await using (var gzip = new GZipStream(hashing, CompressionLevel.Optimal, leaveOpen: true))
            {
                rows = await WriteLinesAsync(_tables.GetTableClient(name), gzip, cancellationToken);
            }

            await hashing.FlushFinalBlockAsync(cancellationToken);
        }

        var table = new ExportedTable(name, blob.Name, rows, Convert.ToHexStringLower(sha256.Hash!));
        // Written once the blob is whole: only then does a later run of the same day take it as finished.
        await blob.SetMetadataAsync(
            new Dictionary<string, string> { [RowsMetadata] = rows.ToString(CultureInfo.InvariantCulture), [Sha256Metadata] = table.Sha256 },
            cancellationToken: cancellationToken);
        return table;
    }

    private static async Task<long> WriteLinesAsync(TableClient table, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        await using var writer = new Utf8JsonWriter(buffer);
        var rows = 0L;
        // One page at a time: the pageable asks for the next page only when this one is used up.
        await foreach (var entity in table.QueryAsync<TableEntity>(maxPerPage: PageSize, cancellationToken: cancellationToken))
        {
            EntityLine.Write(writer, entity);
            writer.Flush();
            buffer.Write("\n"u8);
            writer.Reset();
            rows++;
            if (buffer.WrittenCount >= ChunkBytes)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        return rows;
    }

    /// <summary>Deletes every run made <see cref="RetentionOptions.TableExportsDays"/> or more days before <paramref name="today"/>, its manifest first.</summary>
    private async Task<IReadOnlyList<DateOnly>> DeleteExpiredRunsAsync(BlobContainerClient container, DateOnly today, CancellationToken cancellationToken)
    {
        var lastExpired = today.AddDays(-retention.Value.TableExportsDays);
        var expired = new List<DateOnly>();
        await foreach (var item in container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", null, cancellationToken))
        {
            if (item.IsPrefix && ExportLayout.TryParseRun(item.Prefix.TrimEnd('/'), out var run) && run <= lastExpired)
            {
                expired.Add(run);
            }
        }

        foreach (var run in expired)
        {
            // The manifest first: a deletion cut short leaves a run that reads as incomplete, never one that reads as whole.
            await container.DeleteBlobIfExistsAsync(ExportLayout.ManifestBlob(run), cancellationToken: cancellationToken);
            await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, ExportLayout.RunPrefix(run), cancellationToken))
            {
                await container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
            }

            BackupLog.RunDeleted(logger, ExportLayout.RunName(run));
        }

        return expired;
    }
}
