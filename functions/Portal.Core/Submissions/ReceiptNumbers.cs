using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// Receipt numbers per Riga calendar year without gaps (<c>2026/000123</c>). A year is one partition of the Submissions table,
/// <c>receipts|{year}</c>: the <c>counter</c> row (the last number given), a <c>number|{n}</c> row per number naming its
/// submission, and a <c>for|{clientId}|{submissionId}</c> row naming the number. The three change in one transaction, the counter
/// with If-Match, so parallel takers each get the next number, and a number exists only together with the submission it was taken
/// for: the submission is then completed by rolling forward (<see cref="SubmissionSender"/>), never left without its number.
/// Taking again for the same submission answers the number it has.
/// </summary>
public sealed class ReceiptNumbers(PortalStorage storage)
{
    private const string CounterRow = "counter";

    public async Task<string> TakeAsync(int year, string clientId, string submissionId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var partition = Partition(year);
        var forRow = $"for|{clientId}|{submissionId}";
        for (var conflicts = 0; ; )
        {
            var taken = await table.GetEntityIfExistsAsync<TableEntity>(partition, forRow, cancellationToken: cancellationToken);
            if (taken.HasValue)
            {
                return taken.Value!.GetString("Number");
            }

            var counter = await table.GetEntityIfExistsAsync<TableEntity>(partition, CounterRow, cancellationToken: cancellationToken);
            var next = (counter.HasValue ? counter.Value!.GetInt32("Last") ?? 0 : 0) + 1;
            var number = Format(year, next);
            var counted = new TableEntity(partition, CounterRow) { ["Last"] = next };
            try
            {
                await table.SubmitTransactionAsync(
                [
                    counter.HasValue ? new(TableTransactionActionType.UpdateReplace, counted, counter.Value!.ETag) : new(TableTransactionActionType.Add, counted),
                    new(TableTransactionActionType.Add, new TableEntity(partition, $"number|{next:D6}") { ["ClientId"] = clientId, ["SubmissionId"] = submissionId }),
                    new(TableTransactionActionType.Add, new TableEntity(partition, forRow) { ["Number"] = number }),
                ], cancellationToken);
                return number;
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                await Contention.BeforeRetryAsync(++conflicts, $"the receipt numbers of {year}", cancellationToken);
            }
        }
    }

    /// <summary>The submission a receipt number (<c>2026/000123</c>) was given to; null for a number never given or not of that form.</summary>
    public async Task<(string ClientId, string SubmissionId)?> FindAsync(string number, CancellationToken cancellationToken)
    {
        if (number is not [_, _, _, _, '/', _, _, _, _, _, _] || !int.TryParse(number[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(number[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition(year), $"number|{n:D6}", cancellationToken: cancellationToken);
        return found.HasValue ? (found.Value!.GetString("ClientId"), found.Value.GetString("SubmissionId")) : null;
    }

    internal static string Partition(int year) => string.Create(CultureInfo.InvariantCulture, $"receipts|{year}");

    internal static string Format(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"{year}/{number:D6}");
}
