using System.Text.Json;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <param name="DueCents">What the client owes now (charges less payments), never below zero.</param>
/// <param name="OverdueCents">Of that, charges whose due date has passed (payments settle the oldest first).</param>
/// <param name="CreditCents">What the client has paid beyond its charges.</param>
/// <param name="NextDueOn">The earliest due date, today or later, not yet settled by payments.</param>
public sealed record Balance(long DueCents, long OverdueCents, long CreditCents, DateOnly? NextDueOn, DateOnly? LastPaymentOn, long? LastPaymentCents);

public sealed record InvoiceSummary(string Id, string Number, string Kind, DateOnly IssuedOn, DateOnly DueOn, long AmountCents, string Status, bool HasPdf);

/// <summary>What the billing pages read: the balance with one point read, invoice lists from their index rows, a page at a time.</summary>
public sealed class BillingViews(PortalStorage storage)
{
    public async Task<Balance> BalanceAsync(string clientId, DateOnly today, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var found = await billing.GetEntityIfExistsAsync<BalanceEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } balance ? From(balance, today) : new Balance(0, 0, 0, null, null, null);
    }

    /// <summary>The balance from the aggregate alone: payments settle charges in due-date order.</summary>
    internal static Balance From(BalanceEntity balance, DateOnly today)
    {
        var byDue = JsonSerializer.Deserialize(balance.ChargesByDue, FeedJson.Default.DictionaryStringInt64)!
            .Select(pair => (Date: DateOnly.Parse(pair.Key, System.Globalization.CultureInfo.InvariantCulture), Cents: pair.Value))
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
            balance.LastPaymentOn is { } on ? DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture) : null,
            balance.LastPaymentOn is null ? null : balance.LastPaymentCents);
    }

    /// <summary>The invoice's PDF, if the client has this invoice and the back office sent one; null otherwise.</summary>
    public async Task<Stream?> OpenPdfAsync(string clientId, string invoiceId, CancellationToken cancellationToken)
    {
        if (!FeedValidation.IsKeySafe(invoiceId, 100))
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

    /// <summary>Newest first; with a number prefix, by number. One partition, one page of index rows.</summary>
    public async Task<(IReadOnlyList<InvoiceSummary> Items, string? ContinuationToken)> InvoicesAsync(
        string clientId, string? numberPrefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var partition = BillingKeys.Partition(clientId);
        var from = numberPrefix is null ? BillingKeys.ByIssuedPrefix : BillingKeys.ByNumberPrefix + numberPrefix;
        var to = numberPrefix is null ? "by-issued}" : BillingKeys.ByNumberPrefix + numberPrefix + '\uffff';
        var page = await billing.QueryAsync<InvoiceEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, maxPerPage: pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize)
            .FirstOrDefaultAsync(cancellationToken);
        return (
            [.. (page?.Values ?? []).Select(row => new InvoiceSummary(
                row.ExternalId, row.Number, row.Kind, DateOnly.Parse(row.IssuedOn, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(row.DueOn, System.Globalization.CultureInfo.InvariantCulture), row.AmountCents, row.Status, row.HasPdf))],
            page?.ContinuationToken);
    }
}
