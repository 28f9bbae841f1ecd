using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>
/// What reports read of a client's billing beyond the aggregate: a month's documents and payments through their
/// date indexes, and every invoice and payment once for an ageing report (off the request path, a few columns each).
/// </summary>
public sealed class BillingHistory(PortalStorage storage)
{
    private static readonly string[] _invoiceColumns =
        [nameof(InvoiceEntity.ExternalId), nameof(InvoiceEntity.Number), nameof(InvoiceEntity.Kind), nameof(InvoiceEntity.IssuedOn), nameof(InvoiceEntity.DueOn),
         nameof(InvoiceEntity.AmountCents), nameof(InvoiceEntity.Status), nameof(InvoiceEntity.Settlements)];

    private static readonly string[] _paymentColumns = [nameof(PaymentEntity.ExternalId), nameof(PaymentEntity.ReceivedOn), nameof(PaymentEntity.AmountCents)];

    /// <summary>The month's (yyyy-MM) documents in force and payments, by date, documents before payments on a day, then by reference.</summary>
    public async Task<IReadOnlyList<StatementEntry>> MonthAsync(string clientId, string month, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var first = BillingKeys.ParseDate(month + "-01");
        var last = first.AddMonths(1).AddDays(-1);
        var entries = new List<StatementEntry>();
        // The date indexes sort the newest first: the month runs from its last day's key to past its first day's.
        var (issuedFrom, issuedTo) = (BillingKeys.ByIssued(last, ""), BillingKeys.ByIssued(first, "") + "}");
        await foreach (var document in RangeAsync<InvoiceEntity>(billing, clientId, issuedFrom, issuedTo, _invoiceColumns, cancellationToken))
        {
            if (document.SignedCents != 0)
            {
                var kind = document.IsCreditInForce ? StatementEntryKind.CreditNote : StatementEntryKind.Invoice;
                entries.Add(new StatementEntry(BillingKeys.ParseDate(document.IssuedOn), kind, document.Number, document.SignedCents, 0));
            }
        }

        var (receivedFrom, receivedTo) = (BillingKeys.ByReceived(BillingKeys.Date(last), ""), BillingKeys.ByReceived(BillingKeys.Date(first), "") + "}");
        await foreach (var payment in RangeAsync<PaymentEntity>(billing, clientId, receivedFrom, receivedTo, _paymentColumns, cancellationToken))
        {
            entries.Add(new StatementEntry(BillingKeys.ParseDate(payment.ReceivedOn), StatementEntryKind.Payment, payment.ExternalId, 0, payment.AmountCents));
        }

        return [.. entries.OrderBy(e => e.On).ThenBy(e => e.Kind == StatementEntryKind.Payment).ThenBy(e => e.Reference, StringComparer.Ordinal)];
    }

    /// <summary>What was open at the end of <paramref name="asOf"/>, worked out again from every invoice and payment of the client.</summary>
    public async Task<Ageing> AgeingAsync(string clientId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var calculation = new AgeingCalculation(asOf);
        await foreach (var document in RangeAsync<InvoiceEntity>(billing, clientId, BillingKeys.InvoicePrefix, "invoice}", _invoiceColumns, cancellationToken))
        {
            calculation.Add(document);
        }

        await foreach (var payment in RangeAsync<PaymentEntity>(billing, clientId, BillingKeys.PaymentPrefix, "payment}", _paymentColumns, cancellationToken))
        {
            calculation.Add(payment);
        }

        return calculation.Result();
    }

    private static IAsyncEnumerable<T> RangeAsync<T>(TableClient billing, string clientId, string from, string to, string[] columns, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var partition = BillingKeys.Partition(clientId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        return billing.QueryAsync<T>(filter, maxPerPage: 1000, select: columns, cancellationToken: cancellationToken);
    }
}
