using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Reports;

/// <summary>
/// Builds a report a message on the reports queue names, and keeps its row telling the client how far it got. A built
/// report is not built again (a message delivered twice finds it ready); a failure is left to the queue to try again,
/// and <see cref="GiveUpAsync"/> marks the report failed once its message has gone to the poison queue.
/// </summary>
public sealed class ReportBuilder(
    PortalStorage storage,
    Reports reports,
    ClientStore clients,
    BillingViews views,
    BillingHistory history,
    ReadyReportNotices notices,
    IOptions<BillingOptions> billing,
    TimeProvider time,
    ILogger<ReportBuilder> logger)
{
    public async Task BuildAsync(ReportMessage message, long attempt, CancellationToken cancellationToken)
    {
        if (await reports.RowAsync(message.ClientId, message.ReportId, cancellationToken) is not { } row
            || Vocabulary<ReportStatus>.Stored(row.Status) is ReportStatus.Ready or ReportStatus.Failed)
        {
            ReportsLog.NothingToBuild(logger, message.ClientId, message.ReportId);
            return;
        }

        var table = await storage.TableAsync(StorageNames.ReportsTable, cancellationToken);
        row.Status = Vocabulary<ReportStatus>.Text(ReportStatus.Building);
        row.Attempts = (int)Math.Min(attempt, int.MaxValue);
        await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken);
        try
        {
            var order = Reports.OrderOf(row);
            var client = await clients.GetAsync(message.ClientId, cancellationToken)
                ?? throw new InvalidOperationException($"The client {message.ClientId} of report {message.ReportId} is not in the store.");
            var context = new ReportContext(client, order.Language, time.GetUtcNow(), Issuer(order.Language));
            var container = await storage.ContainerAsync(StorageNames.ReportsContainer, cancellationToken);
            var blob = container.GetBlobClient(Reports.BlobName(message.ClientId, message.ReportId));
            var contentType = order.Format == ReportFormat.Pdf ? "application/pdf" : Documents.CsvWriter.MediaType;
            await using (var output = await blob.OpenWriteAsync(overwrite: true, new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken))
            {
                var writer = ReportWriter.For(order.Format, output, order.Language);
                await (order.Kind switch
                {
                    ReportKind.Statement => new StatementReport(views, history).WriteAsync(context, order.From!, order.To!, writer, cancellationToken),
                    _ => new AgeingReport(history).WriteAsync(context, order.AsOf!.Value, writer, cancellationToken),
                });
                await writer.EndAsync(cancellationToken);
            }

            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            row.Status = Vocabulary<ReportStatus>.Text(ReportStatus.Ready);
            row.ReadyAt = time.GetUtcNow();
            row.FileName = FileName(order, client);
            row.SizeBytes = properties.Value.ContentLength;
            row.Failure = null;
            await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken);
            await notices.AddAsync(message.ClientId, new ReportNotice(row.RowKey, order.Kind, order.Format, order.From, order.To, order.AsOf, row.ReadyAt.Value, row.ExpiresAt), cancellationToken);
            ReportsLog.Built(logger, message.ClientId, message.ReportId, row.SizeBytes.Value, attempt);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Queued again: the queue makes it visible after its timeout and tries again, up to its dequeue count.
            row.Status = Vocabulary<ReportStatus>.Text(ReportStatus.Queued);
            row.Failure = $"Attempt {attempt}: {exception.GetType().Name}: {exception.Message}";
            await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The message went to the poison queue after its last attempt: the client sees the report failed.</summary>
    public async Task GiveUpAsync(ReportMessage message, CancellationToken cancellationToken)
    {
        if (await reports.RowAsync(message.ClientId, message.ReportId, cancellationToken) is not { } row
            || Vocabulary<ReportStatus>.Stored(row.Status) == ReportStatus.Ready)
        {
            return;
        }

        var table = await storage.TableAsync(StorageNames.ReportsTable, cancellationToken);
        row.Status = Vocabulary<ReportStatus>.Text(ReportStatus.Failed);
        await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken);
        ReportsLog.GaveUp(logger, message.ClientId, message.ReportId, row.Failure ?? "");
    }

    /// <summary>"statement-2026-01-2026-06.pdf", "ageing-2026-11-30.csv": what it is and when, so a folder of them sorts.</summary>
    internal static string FileName(ReportOrder order, Client client)
    {
        var what = order.Kind == ReportKind.Statement ? $"statement-{order.From}-{order.To}" : $"ageing-{order.AsOf:yyyy-MM-dd}";
        var who = new string([.. (client.RegistrationNumber ?? client.Id).Where(char.IsAsciiLetterOrDigit)]);
        return $"{who}-{what}.{Vocabulary<ReportFormat>.Text(order.Format)}";
    }

    private IReadOnlyList<string> Issuer(string language)
    {
        var payee = billing.Value;
        var account = payee.PayeeAccount is { } iban ? (language == "en" ? $"Account {iban}" : $"Konts {iban}") + (payee.PayeeBank is { } bank ? $", {bank}" : "") : null;
        return [payee.PayeeName, .. account is null ? Array.Empty<string>() : [account], language == "en" ? EsContact.En : EsContact.Lv];
    }
}
