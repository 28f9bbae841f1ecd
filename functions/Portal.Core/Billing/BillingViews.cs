using System.Text.Json;
using Portal.Core.Storage;
using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>What the billing pages read: the balance with one point read, invoice lists from their index rows, a page at a time.</summary>
public sealed class BillingViews(PortalStorage storage)
{
    public async Task<Balance> BalanceAsync(string clientId, DateOnly today, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var found = await billing.GetEntityIfExistsAsync<BalanceEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } balance ? From(balance, today) : new Balance(0, 0, 0, null, null, null);
    }

    /// <summary>
    /// The settlement statement for whole months (yyyy-MM, from ≤ to): the balance before, each month's
    /// charges and receipts and the balance after it - from the aggregate's monthly totals, one point read.
    /// </summary>
    public async Task<Statement> StatementAsync(string clientId, string from, string to, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var found = await billing.GetEntityIfExistsAsync<BalanceEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance, cancellationToken: cancellationToken);
        var balance = found.HasValue && found.Value is { } entity ? entity : new BalanceEntity();
        var (charged, paid) = (balance.ChargedMonths(), balance.PaidMonths());
        var opening = charged.Where(m => string.CompareOrdinal(m.Key, from) < 0).Sum(m => m.Value) - paid.Where(m => string.CompareOrdinal(m.Key, from) < 0).Sum(m => m.Value);
        var months = new List<StatementMonth>();
        var running = opening;
        var first = DateOnly.ParseExact(from + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        for (var month = first; string.CompareOrdinal(month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), to) <= 0; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            var (monthCharged, monthPaid) = (charged.GetValueOrDefault(key), paid.GetValueOrDefault(key));
            running += monthCharged - monthPaid;
            months.Add(new StatementMonth(key, monthCharged, monthPaid, running));
        }

        return new Statement(from, to, opening, months, running);
    }

    /// <summary>The balance from the aggregate alone: payments settle charges in due-date order.</summary>
    internal static Balance From(BalanceEntity balance, DateOnly today)
    {
        var byDue = JsonSerializer.Deserialize(balance.ChargesByDue, FeedJson.Default.DictionaryStringInt64)!
            .Select(pair => (Date: BillingKeys.ParseDate(pair.Key), Cents: pair.Value))
            .OrderBy(pair => pair.Date)
            .ToList();
        var owed = balance.ChargesCents - balance.PaidCents;
        var overdue = Math.Max(0, byDue.Where(d => d.Date < today).Sum(d => d.Cents) - balance.PaidCents);
        DateOnly? next = null;
        var cumulative = 0L;
        foreach (var (date, cents) in byDue)
        {
            cumulative += cents;
            if (date >= today && cumulative > balance.PaidCents)
            {
                next = date;
                break;
            }
        }

        return new Balance(
            Math.Max(0, owed),
            Math.Min(overdue, Math.Max(0, owed)),
            Math.Max(0, -owed),
            next,
            balance.LastPaymentOn is { } on ? BillingKeys.ParseDate(on) : null,
            balance.LastPaymentOn is null ? null : balance.LastPaymentCents);
    }

    /// <summary>The invoice's PDF, if the client has this invoice and the back office sent one; null otherwise.</summary>
    public async Task<Stream?> OpenPdfAsync(string clientId, string invoiceId, CancellationToken cancellationToken)
    {
        if (!StorageKeys.IsUsable(invoiceId, 100))
        {
            return null;
        }

        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var found = await billing.GetEntityIfExistsAsync<InvoiceEntity>(BillingKeys.Partition(clientId), BillingKeys.InvoicePrefix + invoiceId, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { HasPdf: true })
        {
            return null;
        }

        var container = await storage.ContainerAsync(StorageNames.InvoicesContainer, cancellationToken);
        return (await container.GetBlobClient(BillingFeed.PdfBlob(clientId, invoiceId)).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
    }

    /// <summary>Newest first; with a number prefix, by number. One partition, one page of index rows (and the client's few billing accounts for their numbers).</summary>
    public async Task<(IReadOnlyList<InvoiceSummary> Items, string? ContinuationToken)> InvoicesAsync(
        string clientId, string? numberPrefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var (from, to) = numberPrefix is null
            ? (BillingKeys.ByIssuedPrefix, "by-issued}")
            : (BillingKeys.ByNumberPrefix + numberPrefix, BillingKeys.ByNumberPrefix + numberPrefix + '\uffff');
        var (rows, next) = await PageAsync<InvoiceEntity>(clientId, from, to, pageSize, continuationToken, cancellationToken);
        var accounts = rows.Any(r => r.BillingAccountExternalId is not null)
            ? (await BillingAccountsAsync(clientId, cancellationToken)).ToDictionary(a => a.Id, a => a.Number, StringComparer.Ordinal)
            : [];
        return (
            [.. rows.Select(row => new InvoiceSummary(
                row.ExternalId, row.Number, Vocabulary<InvoiceKind>.Stored(row.Kind), BillingKeys.ParseDate(row.IssuedOn), BillingKeys.ParseDate(row.DueOn), row.AmountCents, Vocabulary<InvoiceStatus>.Stored(row.Status), row.HasPdf,
                row.BillingAccountExternalId is { } account ? accounts.GetValueOrDefault(account) : null, row.CreditsInvoiceExternalId, row.PaymentReference))],
            next);
    }

    /// <summary>Payments received, newest first, a page at a time.</summary>
    public async Task<(IReadOnlyList<PaymentSummary> Items, string? ContinuationToken)> PaymentsAsync(
        string clientId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var (rows, next) = await PageAsync<PaymentEntity>(clientId, BillingKeys.ByReceivedPrefix, "by-received}", pageSize, continuationToken, cancellationToken);
        return ([.. rows.Select(row => new PaymentSummary(row.ExternalId, BillingKeys.ParseDate(row.ReceivedOn), row.AmountCents, BillingFeed.AllocationsOf(row.Allocations)))], next);
    }

    /// <summary>The client's billing accounts (a few), by number.</summary>
    public async Task<IReadOnlyList<BillingAccount>> BillingAccountsAsync(string clientId, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var partition = BillingKeys.Partition(clientId);
        var accounts = new List<BillingAccount>();
        await foreach (var row in billing.QueryAsync<BillingAccountEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(BillingKeys.AccountPrefix) >= 0 && e.RowKey.CompareTo("account}") < 0, cancellationToken: cancellationToken))
        {
            accounts.Add(new BillingAccount(row.ExternalId, row.Number, row.Name, Vocabulary<BillingArrangement>.Stored(row.BillingArrangement), row.InvoiceEmail, Vocabulary<BillingAccountStatus>.Stored(row.Status)));
        }

        return [.. accounts.OrderBy(a => a.Number, StringComparer.Ordinal)];
    }

    private async Task<(IReadOnlyList<T> Rows, string? ContinuationToken)> PageAsync<T>(
        string clientId, string from, string to, int pageSize, string? continuationToken, CancellationToken cancellationToken)
        where T : class, Azure.Data.Tables.ITableEntity =>
        await (await storage.TableAsync(StorageNames.BillingTable, cancellationToken)).RangePageAsync<T>(BillingKeys.Partition(clientId), from, to, pageSize, continuationToken, cancellationToken);
}
