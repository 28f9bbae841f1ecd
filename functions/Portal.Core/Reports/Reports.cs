using Azure;
using Azure.Data.Tables;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Reports;

/// <summary>
/// A client's reports: asked for (a row, then a message on the reports queue), listed, read and downloaded. They are
/// built off the request path by <see cref="ReportBuilder"/> and deleted after Retention:ReportsDays by the retention timer.
/// </summary>
public sealed class Reports(PortalStorage storage, RetentionIndex retention, TimeProvider time)
{
    /// <summary>A client's list shows this many, the newest first.</summary>
    public const int ListSize = 100;

    public async Task<Report> RequestAsync(string clientId, string userId, ReportOrder order, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = PortalIds.NewestFirst(now);
        var expiry = await retention.AddAsync(RetentionKind.Reports, now, cancellationToken,
            new RetentionTarget(StorageNames.ReportsTable, clientId, id, $"{StorageNames.ReportsContainer}/{BlobName(clientId, id)}"));
        var row = new ReportEntity
        {
            PartitionKey = clientId,
            RowKey = id,
            Kind = Vocabulary<ReportKind>.Text(order.Kind),
            Format = Vocabulary<ReportFormat>.Text(order.Format),
            Language = order.Language,
            From = order.From,
            To = order.To,
            AsOf = order.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Status = Vocabulary<ReportStatus>.Text(ReportStatus.Queued),
            RequestedBy = userId,
            RequestedAt = now,
            ExpiresAt = expiry,
        };
        var table = await storage.TableAsync(StorageNames.ReportsTable, cancellationToken);
        await table.AddEntityAsync(row, cancellationToken);
        var queue = await storage.TriggerQueueAsync(StorageNames.ReportsQueue, cancellationToken);
        try
        {
            await queue.SendMessageAsync(new ReportMessage(clientId, id).ToJson(), cancellationToken);
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException)
        {
            // Nothing will build it: the client sees it failed rather than waiting for ever.
            row.Status = Vocabulary<ReportStatus>.Text(ReportStatus.Failed);
            row.Failure = "The message to build it could not be queued.";
            await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, CancellationToken.None);
            throw;
        }

        return View(row);
    }

    /// <summary>How many reports the client asked for since <paramref name="since"/>, counting up to <paramref name="limit"/> (their ids sort the newest first).</summary>
    public async Task<int> RequestedSinceAsync(string clientId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ReportsTable, cancellationToken);
        var before = $"{long.MaxValue - since.UtcTicks:D19}";
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(r => r.PartitionKey == clientId && r.RowKey.CompareTo(before) < 0, maxPerPage: limit, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (++count >= limit)
            {
                break;
            }
        }

        return count;
    }

    public async Task<IReadOnlyList<Report>> ListAsync(string clientId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ReportsTable, cancellationToken);
        var now = time.GetUtcNow();
        var reports = new List<Report>();
        await foreach (var row in table.QueryAsync<ReportEntity>(r => r.PartitionKey == clientId, maxPerPage: ListSize, cancellationToken: cancellationToken))
        {
            if (row.ExpiresAt > now)
            {
                reports.Add(View(row));
            }

            if (reports.Count == ListSize)
            {
                break;
            }
        }

        return reports;
    }

    public async Task<Report?> FindAsync(string clientId, string reportId, CancellationToken cancellationToken) =>
        await RowAsync(clientId, reportId, cancellationToken) is { } row ? View(row) : null;

    /// <summary>A ready report's file, or null while it is not ready (or is gone).</summary>
    public async Task<(Stream Content, Report Report)?> OpenAsync(string clientId, string reportId, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, reportId, cancellationToken) is not { } row || Vocabulary<ReportStatus>.Stored(row.Status) != ReportStatus.Ready)
        {
            return null;
        }

        var container = await storage.ContainerAsync(StorageNames.ReportsContainer, cancellationToken);
        try
        {
            var download = await container.GetBlobClient(BlobName(clientId, reportId)).OpenReadAsync(cancellationToken: cancellationToken);
            return (download, View(row));
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    internal static string BlobName(string clientId, string reportId) => $"{clientId}/{reportId}";

    internal async Task<ReportEntity?> RowAsync(string clientId, string reportId, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(reportId))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.ReportsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<ReportEntity>(clientId, reportId, cancellationToken: cancellationToken);
        return found.HasValue && found.Value!.ExpiresAt > time.GetUtcNow() ? found.Value : null;
    }

    internal static ReportOrder OrderOf(ReportEntity row) => new(
        Vocabulary<ReportKind>.Stored(row.Kind),
        Vocabulary<ReportFormat>.Stored(row.Format),
        row.Language,
        row.From,
        row.To,
        row.AsOf is { } asOf ? DateOnly.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null);

    private static Report View(ReportEntity row) => new(
        row.RowKey, OrderOf(row), Vocabulary<ReportStatus>.Stored(row.Status), row.RequestedAt, row.ReadyAt, row.ExpiresAt, row.FileName, row.SizeBytes, row.Attempts);
}
