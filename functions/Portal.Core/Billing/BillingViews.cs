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

    /// <summary>
    /// The balance from the aggregate alone: what names no invoice settles the open amounts oldest due first, and what the bank says
    /// was paid through the portal and the back office has not booked yet counts as paid (once: a booking takes it out of the orders in
    /// flight in the same transaction that counts the payment).
    /// </summary>
    internal static Balance From(BalanceEntity balance, DateOnly today)
    {
        var day = BillingKeys.Date(today);
        var inFlight = balance.InFlight();
        var awaiting = inFlight.Where(o => o.Paid).Sum(o => o.Cents);
        var awaitingOverdue = inFlight.Where(o => o.Paid).SelectMany(o => o.Invoices).Where(i => string.CompareOrdinal(i.DueOn, day) < 0).Sum(i => i.Cents);
        var owed = balance.ChargesCents - balance.PaidCents - awaiting;
        var oldestFirst = new OldestFirst(balance);
        return new Balance(
            Math.Max(0, owed),
            Math.Clamp(oldestFirst.OpenBefore(day) - awaitingOverdue, 0, Math.Max(0, owed)),
            Math.Max(0, -owed),
            oldestFirst.NextOpenOnOrAfter(day) is { } next ? BillingKeys.ParseDate(next) : null,
            balance.LastPaymentOn is { } on ? BillingKeys.ParseDate(on) : null,
            balance.LastPaymentOn is null ? null : balance.LastPaymentCents,
            awaiting,
            inFlight.Where(o => !o.Paid).Sum(o => o.Cents));
    }

    /// <summary>
    /// Each row's figures and state: the aggregate says what the unnamed money settles of every due date
    /// but one; on that one date, what the invoices due then and ordered before the page's leave open is summed from
    /// the page itself when it read the date from its first row (<paramref name="openBeforeRead"/>), or else read (one range query).
    /// </summary>
    private static async Task<List<InvoiceSummary>> SettleAsync(
        TableClient billing, string clientId, OldestFirstReach reach, IReadOnlyList<InvoiceEntity> rows, DateOnly today, IReadOnlyDictionary<string, string> accounts,
        Dictionary<string, long>? openBeforeRead, CancellationToken cancellationToken)
    {
        var onSplitDate = rows.Where(r => r.DueOn == reach.SplitDate && r.UnnamedOpenCents > 0).ToList();
        var openBefore = openBeforeRead ?? new Dictionary<string, long>(StringComparer.Ordinal);
        if (onSplitDate.Any(r => !openBefore.ContainsKey(r.ExternalId)))
        {
            var (from, _) = BillingKeys.DueDate(reach.SplitDate!);
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
            row, reach.Settles(row, openBefore.GetValueOrDefault(row.ExternalId)), today,
            row.BillingAccountExternalId is { } account ? accounts.GetValueOrDefault(account) : null))];
    }

    /// <summary>
    /// The invoices named (those the client has), each as the list shows it, with the whole aggregate they were settled by, as read:
    /// a payment order is made from both and written on condition of that aggregate's ETag (none when the client has no aggregate yet).
    /// </summary>
    internal async Task<(BalanceEntity Aggregate, IReadOnlyDictionary<string, InvoiceSummary> Invoices)> ForPaymentAsync(
        string clientId, IReadOnlyList<string> invoiceIds, DateOnly today, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var aggregate = AggregateAsync(billing, clientId, cancellationToken);
        var rows = await PartitionFeed.ReadManyAsync<InvoiceEntity>(billing, BillingKeys.Partition(clientId), invoiceIds.Select(id => BillingKeys.InvoicePrefix + id), cancellationToken);
        var balance = await aggregate;
        var summaries = await SettleAsync(
            billing, clientId, balance.StoredReach() ?? new OldestFirst(balance).Reach, [.. rows.Values], today, new Dictionary<string, string>(), null, cancellationToken);
        return (balance, summaries.ToDictionary(s => s.Id, StringComparer.Ordinal));
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
        var aggregate = ListFactsAsync(billing, clientId, cancellationToken);
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
        var summary = (await aggregate).Marked((await SettleAsync(billing, clientId, (await aggregate).Reach, [invoice], today, accounts, null, cancellationToken))[0]);
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
    /// One page of the list the query asks for: the rows of the index its order names, every filter (a number or
    /// reference prefix among them) applied by storage within the client's partition,
    /// read beside the few properties of the balance aggregate it needs (before them when filtering by state, which the
    /// aggregate decides). A state filter is exact on the server except on the one due date that unnamed money
    /// settles in part: those rows are checked when read, so a read that may reach that date asks for more rows than the
    /// page needs, and a page that shows fewer than it read goes on after its last row.
    /// </summary>
    public async Task<(IReadOnlyList<InvoiceSummary> Items, string? ContinuationToken)> InvoicesAsync(
        string clientId, InvoiceQuery query, string? continuationToken, DateOnly today, CancellationToken cancellationToken)
    {
        var position = InvoicePages.Open(continuationToken, query);
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var aggregate = ListFactsAsync(billing, clientId, cancellationToken);
        var reach = query.States.Count == 0 ? null : (await aggregate).Reach;
        var filter = InvoicePages.Filter(BillingKeys.Partition(clientId), query, reach, today, position?.After);
        var serviceToken = position?.ServiceToken;
        var settled = new List<InvoiceSummary>();
        var accounts = default(IReadOnlyDictionary<string, string>);

        // Where the reads go on from: "" from the beginning, a row key after it, null when only storage's token knows.
        var readFrom = position is null ? "" : position.After;

        // What the split date's rows read so far leave open, once the page has read that date from its first row or the token
        // says it for the aggregate as it still is (none before: null).
        var splitRunning = position is null ? 0L
            : position.SplitOpenBefore is { } carried && position.AggregateVersion == InvoicePages.AggregateVersion((await aggregate).ETag) ? carried
            : default(long?);
        for (var read = 0; read < InvoicePages.MaxReads; read++)
        {
            var needed = query.PageSize - settled.Count;
            var (page, next) = await billing.FilteredPageAsync<InvoiceEntity>(filter, InvoicePages.RowsToAsk(query, reach, needed, readFrom), serviceToken, cancellationToken);
            serviceToken = next;
            readFrom = page.Count > 0 ? page[^1].RowKey : readFrom;
            if (accounts is null && page.Any(r => r.BillingAccountExternalId is not null))
            {
                accounts = await AccountNumbersAsync(await aggregate, clientId, cancellationToken);
            }

            reach ??= (await aggregate).Reach;
            var openBefore = InvoicePages.KeepsSplitDate(query, reach, today) ? new Dictionary<string, long>(StringComparer.Ordinal) : null;
            foreach (var row in openBefore is null ? [] : page)
            {
                var order = string.CompareOrdinal(row.DueOn, reach.SplitDate);
                splitRunning = order < 0 ? 0 : splitRunning;
                if (order == 0 && splitRunning is { } running)
                {
                    (openBefore![row.ExternalId], splitRunning) = (running, running + row.UnnamedOpenCents);
                }
            }

            var facts = await aggregate;
            var summaries = (await SettleAsync(billing, clientId, reach, page, today, accounts ?? new Dictionary<string, string>(), openBefore, cancellationToken)).Select(facts.Marked).ToList();
            var shown = Enumerable.Range(0, page.Count).Where(i => query.States.Count == 0 || query.States.Contains(summaries[i].State)).ToList();
            if (shown.Count > needed)
            {
                // The read holds more of the list than the page shows: the next page goes on after the last row shown.
                settled.AddRange(shown.Take(needed).Select(i => summaries[i]));
                var last = page[shown[needed - 1]];
                var before = string.CompareOrdinal(last.DueOn, reach.SplitDate) < 0 ? 0L
                    : last.DueOn == reach.SplitDate && openBefore?.GetValueOrDefault(last.ExternalId, -1) is >= 0 and var up ? up + last.UnnamedOpenCents
                    : default(long?);
                return (settled, InvoicePages.Seal(new(null, last.RowKey, openBefore is null ? null : before, InvoicePages.AggregateVersion((await aggregate).ETag)), query));
            }

            settled.AddRange(shown.Select(i => summaries[i]));
            if (serviceToken is null || settled.Count >= query.PageSize)
            {
                break;
            }
        }

        return (settled, serviceToken is null ? null : InvoicePages.Seal(new(serviceToken, null), query));
    }

    /// <summary>The billing accounts' numbers by id: kept on the aggregate, or read from the account rows for an aggregate that does not keep them yet.</summary>
    private async Task<IReadOnlyDictionary<string, string>> AccountNumbersAsync(ListFacts aggregate, string clientId, CancellationToken cancellationToken) =>
        aggregate.AccountNumbers ?? (await BillingAccountsAsync(clientId, cancellationToken)).ToDictionary(a => a.Id, a => a.Number, StringComparer.Ordinal);

    /// <summary>What an invoice list (or one invoice) needs of the aggregate: a few of its properties, not its open amounts by date.</summary>
    private static readonly string[] _listProperties =
        [nameof(BalanceEntity.PaidThrough), nameof(BalanceEntity.SplitDate), nameof(BalanceEntity.LeftOnSplitDate), nameof(BalanceEntity.AccountNumbers), nameof(BalanceEntity.PaymentOrders)];

    /// <summary>
    /// How far the unnamed money reaches and the accounts' numbers, in a small read of the aggregate; an aggregate packed before
    /// it kept its reach is read whole, and the reach worked out from its dates.
    /// </summary>
    private static async Task<ListFacts> ListFactsAsync(TableClient billing, string clientId, CancellationToken cancellationToken)
    {
        var found = await billing.GetEntityIfExistsAsync<BalanceEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance, _listProperties, cancellationToken);
        var aggregate = !found.HasValue || found.Value is not { } row ? new BalanceEntity()
            : row.StoredReach() is null ? await AggregateAsync(billing, clientId, cancellationToken)
            : row;
        return new ListFacts(aggregate.StoredReach() ?? new OldestFirst(aggregate).Reach, aggregate.AccountNumberMap(), aggregate.ETag.ToString(), InvoicePayment.Of(aggregate.InFlight()));
    }

    /// <param name="ETag">The aggregate's, as read ("" when there is none yet).</param>
    /// <param name="Payments">The invoices payment orders in flight hold, by id.</param>
    private sealed record ListFacts(OldestFirstReach Reach, Dictionary<string, string>? AccountNumbers, string ETag, Dictionary<string, InvoicePayment> Payments)
    {
        public InvoiceSummary Marked(InvoiceSummary invoice) => Payments.GetValueOrDefault(invoice.Id) is { } payment ? invoice with { Payment = payment } : invoice;
    }

    /// <summary>The client's balance aggregate as stored, or a new one (no ETag) for a client that has none yet.</summary>
    internal static async Task<BalanceEntity> AggregateAsync(TableClient billing, string clientId, CancellationToken cancellationToken)
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
