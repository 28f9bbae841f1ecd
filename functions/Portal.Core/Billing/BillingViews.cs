using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.BackOffice;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>What the billing pages read: the balance with one point read, invoice lists from their index rows, a page at a time.</summary>
public sealed class BillingViews(PortalStorage storage, IOptions<BillingOptions> options)
{
    public async Task<Balance> BalanceAsync(string clientId, DateOnly today, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        return From(await AggregateAsync(billing, clientId, cancellationToken), today);
    }

    /// <summary>
    /// The settlement statement for whole months (yyyy-MM, from ≤ to): the balance before, each month's
    /// charges and receipts and the balance after it - from the aggregate's monthly totals, one point read.
    /// </summary>
    public async Task<Statement> StatementAsync(string clientId, string from, string to, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var balance = await AggregateAsync(billing, clientId, cancellationToken);
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

    /// <summary>Days ahead that count as "due soon" on the dashboard.</summary>
    public const int DueSoonDays = 14;

    /// <summary>
    /// What the dashboard shows of a client's billing, from the aggregate alone (one point read): the
    /// balance, what falls due in the next <see cref="DueSoonDays"/> days and is not yet settled,
    /// the last 12 months' charges and receipts (the current month last), and the reports made ready since
    /// <paramref name="readySince"/> that are still kept at <paramref name="now"/>.
    /// </summary>
    public async Task<BillingOverview> OverviewAsync(string clientId, DateOnly today, DateTimeOffset readySince, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var aggregate = await AggregateAsync(billing, clientId, cancellationToken);
        var oldestFirst = new OldestFirst(aggregate);
        var dueSoon = oldestFirst.OpenBefore(BillingKeys.Date(today.AddDays(DueSoonDays + 1))) - oldestFirst.OpenBefore(BillingKeys.Date(today));
        var (charged, paid) = (aggregate.ChargedMonths(), aggregate.PaidMonths());
        var months = Enumerable.Range(0, 12).Select(back => today.AddMonths(back - 11).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Select(month => new MonthFigures(month, charged.GetValueOrDefault(month), paid.GetValueOrDefault(month)))
            .ToList();
        var ready = ReadyReportNotices.Read(aggregate.ReadyReports).Where(n => n.ReadyAt >= readySince && n.ExpiresAt > now).ToList();
        return new BillingOverview(From(aggregate, today), dueSoon, months, ready);
    }

    /// <summary>The balance from the aggregate alone: what names no invoice settles the open amounts oldest due first.</summary>
    internal static Balance From(BalanceEntity balance, DateOnly today)
    {
        var owed = balance.ChargesCents - balance.PaidCents;
        var oldestFirst = new OldestFirst(balance);
        var day = BillingKeys.Date(today);
        return new Balance(
            Math.Max(0, owed),
            Math.Min(oldestFirst.OpenBefore(day), Math.Max(0, owed)),
            Math.Max(0, -owed),
            oldestFirst.NextOpenOnOrAfter(day) is { } next ? BillingKeys.ParseDate(next) : null,
            balance.LastPaymentOn is { } on ? BillingKeys.ParseDate(on) : null,
            balance.LastPaymentOn is null ? null : balance.LastPaymentCents);
    }

    /// <summary>
    /// Each row's figures and state: the aggregate says what the unnamed money settles of every due date
    /// but one; on that one date, what the invoices due then and ordered before the page's leave open is summed from
    /// the page itself when it read the date from its first row (<paramref name="openBeforeRead"/>), or else read (one range query).
    /// </summary>
    private static async Task<List<InvoiceSummary>> SettleAsync(
        TableClient billing, string clientId, OldestFirst oldestFirst, IReadOnlyList<InvoiceEntity> rows, DateOnly today, IReadOnlyDictionary<string, string> accounts,
        Dictionary<string, long>? openBeforeRead, CancellationToken cancellationToken)
    {
        var onSplitDate = rows.Where(r => r.DueOn == oldestFirst.SplitDate && r.UnnamedOpenCents > 0).ToList();
        var openBefore = openBeforeRead ?? new Dictionary<string, long>(StringComparer.Ordinal);
        if (onSplitDate.Any(r => !openBefore.ContainsKey(r.ExternalId)))
        {
            var (from, _) = BillingKeys.DueDate(oldestFirst.SplitDate!);
            var last = onSplitDate.Select(r => BillingKeys.ByDue(r.DueOn, r.Number, r.ExternalId)).Max(StringComparer.Ordinal)!;
            var running = 0L;
            await foreach (var row in billing.QueryAsync<InvoiceEntity>(
                e => e.PartitionKey == BillingKeys.Partition(clientId) && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(last) <= 0, cancellationToken: cancellationToken))
            {
                openBefore[row.ExternalId] = running;
                running += row.UnnamedOpenCents;
            }
        }

        return [.. rows.Select(row => InvoiceSummary.Of(
            row, oldestFirst.Settles(row, openBefore.GetValueOrDefault(row.ExternalId)), today,
            row.BillingAccountExternalId is { } account ? accounts.GetValueOrDefault(account) : null))];
    }

    /// <summary>The invoice's PDF and number, if the client has this invoice and the back office sent one; null otherwise.</summary>
    public async Task<(Stream Pdf, string Number)?> OpenPdfAsync(string clientId, string invoiceId, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        if (await InvoiceRowAsync(billing, clientId, invoiceId, cancellationToken) is not { HasPdf: true } invoice)
        {
            return null;
        }

        var container = await storage.ContainerAsync(StorageNames.InvoicesContainer, cancellationToken);
        return ((await container.GetBlobClient(BillingFeed.PdfBlob(clientId, invoiceId)).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content, invoice.Number);
    }

    /// <summary>
    /// One invoice with its lines and VAT totals, the payments and credit notes that name it, what the
    /// client's unnamed money settles of it, and ES's details to quote when paying; null when the client has no such invoice.
    /// </summary>
    public async Task<InvoiceDetail?> InvoiceAsync(string clientId, string invoiceId, DateOnly today, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var aggregate = AggregateAsync(billing, clientId, cancellationToken);
        if (await InvoiceRowAsync(billing, clientId, invoiceId, cancellationToken) is not { } invoice)
        {
            return null;
        }

        var partition = BillingKeys.Partition(clientId);
        var named = BillingFeed.SettlementsOf(invoice.Settlements).Select(pair => (Settlement: BillingFeed.SettlementOf(pair.Key), Cents: pair.Value)).ToList();
        IEnumerable<string> Rows(string kind, string prefix) => named.Where(n => n.Settlement.Kind == kind).Select(n => prefix + n.Settlement.Id);
        var payments = PartitionFeed.ReadManyAsync<PaymentEntity>(billing, partition, Rows(BillingFeed.PaymentKind, BillingKeys.PaymentPrefix), cancellationToken);
        var credits = PartitionFeed.ReadManyAsync<InvoiceEntity>(billing, partition, Rows(BillingFeed.CreditNoteKind, BillingKeys.InvoicePrefix), cancellationToken);
        var accounts = invoice.BillingAccountExternalId is null ? new Dictionary<string, string>() : await AccountNumbersAsync(await aggregate, clientId, cancellationToken);
        var summary = (await SettleAsync(billing, clientId, new OldestFirst(await aggregate), [invoice], today, accounts, null, cancellationToken))[0];
        var (paymentRows, creditRows) = (await payments, await credits);
        var applied = named.Select(n =>
        {
            var ((kind, id), cents) = n;
            return kind == BillingFeed.PaymentKind
                ? new InvoiceSettlement(kind, id, paymentRows.GetValueOrDefault(BillingKeys.PaymentPrefix + id) is { } payment ? BillingKeys.ParseDate(payment.ReceivedOn) : null, null, cents)
                : creditRows.GetValueOrDefault(BillingKeys.InvoicePrefix + id) is { } credit
                    ? new InvoiceSettlement(kind, id, BillingKeys.ParseDate(credit.IssuedOn), credit.Number, cents)
                    : new InvoiceSettlement(kind, id, null, null, cents);
        }).OrderBy(s => s.On).ToList();
        var lines = invoice.Lines is null ? [] : JsonSerializer.Deserialize(invoice.Lines, FeedJson.Default.IReadOnlyListInvoiceLine) ?? [];
        var payee = options.Value;
        return new InvoiceDetail(summary, lines, InvoiceLines.VatTotals(lines), applied, payee.PayeeName, payee.PayeeAccount, payee.PayeeBank);
    }

    private static async Task<InvoiceEntity?> InvoiceRowAsync(TableClient billing, string clientId, string invoiceId, CancellationToken cancellationToken) =>
        StorageKeys.IsUsable(invoiceId, 100)
            ? await PartitionFeed.ReadAsync<InvoiceEntity>(billing, BillingKeys.Partition(clientId), BillingKeys.InvoicePrefix + invoiceId, cancellationToken)
            : null;

    /// <summary>
    /// One page of the list the query asks for: the rows of the index its order (or its number or
    /// reference prefix) names, every other filter applied by storage within the client's partition,
    /// read beside the balance aggregate (before it when filtering by state, which the aggregate
    /// decides). A state filter is exact on the server except on the one due date that unnamed money
    /// settles in part: those rows are checked when read, so a page may come back short.
    /// </summary>
    public async Task<(IReadOnlyList<InvoiceSummary> Items, string? ContinuationToken)> InvoicesAsync(
        string clientId, InvoiceQuery query, string? continuationToken, DateOnly today, CancellationToken cancellationToken)
    {
        var serviceToken = InvoicePages.Open(continuationToken, query);
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var aggregate = AggregateAsync(billing, clientId, cancellationToken);
        var oldestFirst = query.States.Count == 0 ? null : new OldestFirst(await aggregate);
        var filter = InvoicePages.Filter(BillingKeys.Partition(clientId), query, oldestFirst, today);
        var settled = new List<InvoiceSummary>();
        var accounts = default(IReadOnlyDictionary<string, string>);

        // What the split date's rows read so far leave open, once the page has read that date from its first row (none before: null).
        var splitRunning = serviceToken is null ? 0L : default(long?);
        for (var read = 0; read < InvoicePages.MaxReads; read++)
        {
            var (page, next) = await billing.FilteredPageAsync<InvoiceEntity>(filter, query.PageSize - settled.Count, serviceToken, cancellationToken);
            serviceToken = next;
            if (accounts is null && page.Any(r => r.BillingAccountExternalId is not null))
            {
                accounts = await AccountNumbersAsync(await aggregate, clientId, cancellationToken);
            }

            oldestFirst ??= new OldestFirst(await aggregate);
            var openBefore = InvoicePages.KeepsSplitDate(query, oldestFirst, today) ? new Dictionary<string, long>(StringComparer.Ordinal) : null;
            foreach (var row in openBefore is null ? [] : page)
            {
                var order = string.CompareOrdinal(row.DueOn, oldestFirst.SplitDate);
                splitRunning = order < 0 ? 0 : splitRunning;
                if (order == 0 && splitRunning is { } running)
                {
                    (openBefore![row.ExternalId], splitRunning) = (running, running + row.UnnamedOpenCents);
                }
            }

            settled.AddRange((await SettleAsync(billing, clientId, oldestFirst, page, today, accounts ?? new Dictionary<string, string>(), openBefore, cancellationToken))
                .Where(i => query.States.Count == 0 || query.States.Contains(i.State)));
            if (serviceToken is null || settled.Count >= query.PageSize)
            {
                break;
            }
        }

        return (settled, serviceToken is null ? null : InvoicePages.Seal(serviceToken, query));
    }

    /// <summary>The billing accounts' numbers by id: kept on the aggregate, or read from the account rows for an aggregate that does not keep them yet.</summary>
    private async Task<IReadOnlyDictionary<string, string>> AccountNumbersAsync(BalanceEntity aggregate, string clientId, CancellationToken cancellationToken) =>
        aggregate.AccountNumberMap() ?? (await BillingAccountsAsync(clientId, cancellationToken)).ToDictionary(a => a.Id, a => a.Number, StringComparer.Ordinal);

    private static async Task<BalanceEntity> AggregateAsync(TableClient billing, string clientId, CancellationToken cancellationToken)
    {
        var found = await billing.GetEntityIfExistsAsync<BalanceEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } balance ? balance : new BalanceEntity();
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
