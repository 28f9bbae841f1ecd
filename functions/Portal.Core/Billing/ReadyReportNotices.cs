using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Portal.Core.Reports;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>
/// Keeps the newest few ready reports on the client's balance aggregate (<see cref="BalanceEntity.ReadyReports"/>): a merge of
/// that one property under the ETag read, so it never undoes a feed's write and a feed's write never undoes it.
/// </summary>
public sealed class ReadyReportNotices(PortalStorage storage)
{
    /// <summary>The aggregate keeps this many; the reports page lists them all.</summary>
    public const int Kept = 3;

    public async Task AddAsync(string clientId, ReportNotice notice, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var partition = BillingKeys.Partition(clientId);
        for (var attempt = 0; ; attempt++)
        {
            var found = await billing.GetEntityIfExistsAsync<TableEntity>(partition, BillingKeys.Balance, [nameof(BalanceEntity.ReadyReports)], cancellationToken);
            var notices = Read(found.HasValue ? found.Value!.GetString(nameof(BalanceEntity.ReadyReports)) : null);
            notices.RemoveAll(n => n.Id == notice.Id);
            notices.Insert(0, notice);
            var row = new TableEntity(partition, BillingKeys.Balance) { [nameof(BalanceEntity.ReadyReports)] = JsonSerializer.Serialize(notices.Take(Kept).ToList(), ReportsJson.Default.ListReportNotice) };
            try
            {
                if (found.HasValue)
                {
                    await billing.UpdateEntityAsync(row, found.Value!.ETag, TableUpdateMode.Merge, cancellationToken);
                }
                else
                {
                    await billing.AddEntityAsync(row, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412 && attempt < 10)
            {
                // A feed wrote the aggregate in between: read it again.
            }
        }
    }

    internal static List<ReportNotice> Read(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, ReportsJson.Default.ListReportNotice) ?? [];
}
