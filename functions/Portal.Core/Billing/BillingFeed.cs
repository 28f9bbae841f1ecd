using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Portal.Core.BackOffice;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>Billing accounts, invoices (with credit notes and cancellations) and payments from the back office, each by external id and version.</summary>
public sealed class BillingFeed(PortalStorage storage, ClientStore clients, Payments.PaymentSettlement settlement, TimeProvider time)
{
    private readonly AggregateRow<BalanceEntity> _balance = new(BillingKeys.Balance, () => new BalanceEntity(), balance => balance.Pack());

    /// <summary>Applies the records in order, each client's one after another (they share the aggregate), different clients side by side.</summary>
    public Task<IReadOnlyList<FeedResult>> UpsertInvoicesAsync(IReadOnlyList<InvoiceRecord> records, CancellationToken cancellationToken) =>
        PartitionFeed.ByClientAsync<InvoiceRecord, ValidInvoice>(clients, records, ValidateInvoice, ApplyInvoicesAsync, cancellationToken);

    public Task<IReadOnlyList<FeedResult>> UpsertPaymentsAsync(IReadOnlyList<PaymentRecord> records, CancellationToken cancellationToken) =>
        PartitionFeed.ByClientAsync<PaymentRecord, ValidPayment>(clients, records, ValidatePayment, ApplyPaymentsAsync, cancellationToken);

    public Task<IReadOnlyList<FeedResult>> UpsertBillingAccountsAsync(IReadOnlyList<BillingAccountRecord> records, CancellationToken cancellationToken) =>
        PartitionFeed.ByClientAsync<BillingAccountRecord, ValidBillingAccount>(clients, records, ValidateBillingAccount, ApplyBillingAccountsAsync, cancellationToken);

    /// <summary>
    /// Stores an invoice's PDF (judged by its content) and marks the invoice and its index rows as
    /// having one; false when no invoice has this external id.
    /// </summary>
    public async Task<bool> StorePdfAsync(string externalId, byte[] pdf, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        if (await PartitionFeed.OwnerAsync(storage, "invoice", externalId, cancellationToken) is not { } clientId)
        {
            return false;
        }

        var container = await storage.ContainerAsync(StorageNames.InvoicesContainer, cancellationToken);
        await container.GetBlobClient(PdfBlob(clientId, externalId)).UploadAsync(BinaryData.FromBytes(pdf), overwrite: true, cancellationToken);
        return await PartitionFeed.MarkAsync<InvoiceEntity>(
            billing, BillingKeys.Partition(clientId), BillingKeys.InvoicePrefix + externalId, invoice => invoice.HasPdf = true,
            invoice => IndexRows(invoice).Select(row => IndexRow(invoice, row)), cancellationToken);
    }

    public static string PdfBlob(string clientId, string externalId) => $"{clientId}/{externalId}.pdf";

    /// <summary>
    /// An invoice's index rows, one for each order the list offers: newest issued first, oldest due first, largest
    /// first. A number or reference prefix is a condition on the rows of the order asked for (docs/ARCHITECTURE.md).
    /// </summary>
    private static string[] IndexRows(InvoiceEntity invoice) =>
        [
            BillingKeys.ByIssued(BillingKeys.ParseDate(invoice.IssuedOn), invoice.ExternalId),
            BillingKeys.ByDue(invoice.DueOn, invoice.Number, invoice.ExternalId), BillingKeys.ByAmount(invoice.AmountCents, invoice.ExternalId),
        ];

    /// <summary>How many index rows an invoice has (<see cref="IndexRows"/>).</summary>
    private const int IndexRowCount = 3;

    /// <summary>The rows of one invoice: its own and its index rows.</summary>
    private const int RowsPerInvoice = 1 + IndexRowCount;

    /// <summary>An index row: the invoice's fields, without its settlements' list and content hash.</summary>
    private static InvoiceEntity IndexRow(InvoiceEntity invoice, string rowKey) => new()
    {
        PartitionKey = invoice.PartitionKey, RowKey = rowKey, ExternalId = invoice.ExternalId, Version = invoice.Version, Number = invoice.Number, Kind = invoice.Kind,
        IssuedOn = invoice.IssuedOn, DueOn = invoice.DueOn, AmountCents = invoice.AmountCents, Status = invoice.Status,
        BillingAccountExternalId = invoice.BillingAccountExternalId, HasPdf = invoice.HasPdf,
        CreditsInvoiceExternalId = invoice.CreditsInvoiceExternalId, PaymentReference = invoice.PaymentReference,
        AllocatedCents = invoice.AllocatedCents, CreditedCents = invoice.CreditedCents,
    };

    /// <summary>
    /// Sets what one payment or credit note settles of an invoice by name (0: nothing), on the invoice's
    /// rows and in the aggregate: the invoice's old part is taken out and its new part counted.
    /// </summary>
    private static void Settle(BalanceEntity balance, InvoiceEntity invoice, string settlement, long cents, List<TableTransactionAction> actions)
    {
        balance.Count(invoice, -1);
        var settlements = SettlementsOf(invoice.Settlements);
        var change = cents - settlements.GetValueOrDefault(settlement);
        if (settlement.StartsWith(CreditNoteSettlement, StringComparison.Ordinal))
        {
            invoice.CreditedCents += change;
        }
        else
        {
            invoice.AllocatedCents += change;
        }

        if (cents == 0)
        {
            settlements.Remove(settlement);
        }
        else
        {
            settlements[settlement] = cents;
        }

        invoice.Settlements = settlements.Count == 0 ? null : JsonSerializer.Serialize(settlements, FeedJson.Default.DictionaryStringInt64);
        balance.Count(invoice, 1);
        actions.Add(new(TableTransactionActionType.UpdateReplace, invoice, invoice.ETag));
        foreach (var row in IndexRows(invoice))
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, IndexRow(invoice, row)));
        }
    }

    /// <summary>The kinds of record that settle an invoice by name, as the invoice's settlement keys ("{kind}|{externalId}") begin.</summary>
    internal const string PaymentKind = "payment";
    internal const string CreditNoteKind = "credit-note";
    private const string PaymentSettlement = PaymentKind + "|";
    private const string CreditNoteSettlement = CreditNoteKind + "|";

    /// <summary>A settlement key's kind and the settling record's external id.</summary>
    internal static (string Kind, string Id) SettlementOf(string key)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return (key[..bar], key[(bar + 1)..]);
    }

    internal static Dictionary<string, long> SettlementsOf(string? json) =>
        json is null ? new(StringComparer.Ordinal) : new(JsonSerializer.Deserialize(json, FeedJson.Default.DictionaryStringInt64)!, StringComparer.Ordinal);

    /// <summary>
    /// The invoices a record changes beside its own row, by external id, as they stand: read when the
    /// record is planned. Null when one of them is already changed in the transaction being planned:
    /// the record then waits for that transaction and a fresh read (a row appears once in a transaction).
    /// </summary>
    private static async Task<Dictionary<string, InvoiceEntity>?> TargetsAsync(
        TableClient billing, string partition, HashSet<string> touched, bool nothingPending, string own, IReadOnlyCollection<string> targets, CancellationToken cancellationToken)
    {
        if (nothingPending)
        {
            touched.Clear();
        }

        if (touched.Contains(own) || targets.Any(touched.Contains))
        {
            return null;
        }

        var rows = await NamedRowsAsync<InvoiceEntity>(billing, partition, BillingKeys.InvoicePrefix, targets, cancellationToken);
        touched.Add(own);
        touched.UnionWith(targets);
        return rows;
    }

    private async Task ApplyInvoicesAsync(Client client, IReadOnlyList<Fed<InvoiceRecord, ValidInvoice>> group, FeedResult?[] results, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var partition = BillingKeys.Partition(client.Id);
        var accounts = await AccountIdsAsync(billing, partition, group.Select(g => g.Valid.BillingAccountExternalId), cancellationToken);
        var credited = await NamedRowsAsync<InvoiceEntity>(billing, partition, BillingKeys.InvoicePrefix, group.Select(g => g.Valid.CreditsInvoiceExternalId), cancellationToken);
        var items = new List<FeedItem<ValidInvoice>>();

        // A credit note may credit an invoice stored before, or one earlier in this batch (as it will stand when the note is written).
        var earlier = new Dictionary<string, InvoiceEntity>(StringComparer.Ordinal);
        foreach (var (index, record, valid) in group)
        {
            if (valid.BillingAccountExternalId is { } account && !accounts.Contains(account))
            {
                results[index] = FeedResult.Rejected(valid.ExternalId, "billingAccountExternalId", "This client has no billing account with this external id: feed it first.");
            }
            else if (valid.CreditsInvoiceExternalId is { } target && Unsettleable(earlier.GetValueOrDefault(target) ?? credited.GetValueOrDefault(target)) is { } why)
            {
                results[index] = FeedResult.Rejected(valid.ExternalId, "creditsInvoiceExternalId", why);
            }
            else
            {
                items.Add(new(index, valid, ContentHash.Of(record, FeedJson.Default.InvoiceRecord)));
                earlier[valid.ExternalId] = new InvoiceEntity { Kind = valid.Kind.Text(), Status = valid.Status.Text() };
            }
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        var (today, indexed) = (RigaCalendar.DateOf(time.GetUtcNow()), new HashSet<string>(StringComparer.Ordinal));
        var claimed = await PartitionFeed.ClaimAsync(storage, "invoice", client.Id, items, results, cancellationToken);
        await PartitionFeed.WriteAsync<ValidInvoice, InvoiceEntity, BalanceEntity>(
            billing, partition, BillingKeys.InvoicePrefix, claimed, results,
            (record, existing) => 1 + IndexRowCount + (existing is null ? 0 : IndexRowCount) + (RowsPerInvoice * CreditTargets(record, existing).Count),
            _balance,
            async (item, existing, balance, nothingPending, actions) =>
            {
                var record = item.Record;
                var targets = CreditTargets(record, existing);
                if (await TargetsAsync(billing, partition, touched, nothingPending, item.ExternalId, targets, cancellationToken) is not { } rows)
                {
                    return false;
                }

                var invoice = new InvoiceEntity
                {
                    PartitionKey = partition,
                    RowKey = BillingKeys.InvoicePrefix + item.ExternalId,
                    ExternalId = item.ExternalId,
                    Version = record.Version,
                    ContentHash = item.Hash,
                    Number = record.Number,
                    Kind = record.Kind.Text(),
                    IssuedOn = BillingKeys.Date(record.IssuedOn),
                    DueOn = BillingKeys.Date(record.DueOn),
                    AmountCents = record.AmountCents,
                    Status = record.Status.Text(),
                    BillingAccountExternalId = record.BillingAccountExternalId,
                    CreditsInvoiceExternalId = record.CreditsInvoiceExternalId,
                    PaymentReference = record.PaymentReference,
                    HasPdf = existing?.HasPdf ?? false,
                    AllocatedCents = existing?.AllocatedCents ?? 0,
                    CreditedCents = existing?.CreditedCents ?? 0,
                    Settlements = existing?.Settlements,
                    Lines = record.Lines.Count == 0 ? null : JsonSerializer.Serialize(record.Lines, FeedJson.Default.IReadOnlyListInvoiceLine),
                };
                // A due date the aggregate has no open amount on yet gets its reminder day-index row, before the commit.
                if (invoice.IsPayable && !balance!.OpenDueDates().ContainsKey(invoice.DueOn) && indexed.Add(invoice.DueOn)
                    && BillingKeys.ParseDate(invoice.DueOn) is var dueOn && ReminderIndex.StillRead(dueOn, today))
                {
                    await ReminderIndex.AddAsync(storage, ReminderIndex.Due(dueOn), client.Id, cancellationToken);
                }

                if (existing is not null)
                {
                    balance!.Count(existing, -1);
                }

                balance!.Count(invoice, 1);
                actions.Add(existing is null ? new(TableTransactionActionType.Add, invoice) : new(TableTransactionActionType.UpdateReplace, invoice, existing.ETag));
                var indexRows = IndexRows(invoice);
                foreach (var old in existing is null ? [] : IndexRows(existing).Except(indexRows))
                {
                    actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, old), ETag.All));
                }

                foreach (var row in indexRows)
                {
                    actions.Add(new(TableTransactionActionType.UpsertReplace, IndexRow(invoice, row)));
                }

                // A credit note in force credits the invoice it names; one changed or cancelled stops crediting the one it named.
                var settlement = CreditNoteSettlement + item.ExternalId;
                foreach (var target in targets)
                {
                    if (rows.GetValueOrDefault(target) is { } credits)
                    {
                        Settle(balance, credits, settlement, invoice.IsCreditInForce && invoice.CreditsInvoiceExternalId == target ? invoice.AmountCents : 0, actions);
                    }
                }

                return true;
            },
            cancellationToken);
    }

    /// <summary>The invoices a credit note's write changes: the one its new version credits and the one its old version credited.</summary>
    private static List<string> CreditTargets(ValidInvoice record, InvoiceEntity? existing) =>
        [.. new[] { existing?.CreditsInvoiceExternalId, record.CreditsInvoiceExternalId }.OfType<string>().Distinct(StringComparer.Ordinal)];

    private async Task ApplyPaymentsAsync(Client client, IReadOnlyList<Fed<PaymentRecord, ValidPayment>> group, FeedResult?[] results, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var partition = BillingKeys.Partition(client.Id);
        var named = await NamedRowsAsync<InvoiceEntity>(billing, partition, BillingKeys.InvoicePrefix, group.SelectMany(g => g.Valid.Allocations.Select(a => a.InvoiceExternalId)), cancellationToken);
        var items = new List<FeedItem<ValidPayment>>();
        foreach (var (index, record, valid) in group)
        {
            // A payment may settle only invoices of its own client that can still be settled.
            var refused = valid.Allocations.Select((allocation, i) => (i, Why: Unsettleable(named.GetValueOrDefault(allocation.InvoiceExternalId)))).FirstOrDefault(a => a.Why is not null);
            if (refused.Why is { } why)
            {
                results[index] = FeedResult.Rejected(valid.ExternalId, $"allocations[{refused.i}].invoiceExternalId", why);
            }
            else
            {
                items.Add(new(index, valid, ContentHash.Of(record, FeedJson.Default.PaymentRecord)));
            }
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        var claimed = await PartitionFeed.ClaimAsync(storage, "payment", client.Id, items, results, cancellationToken);
        await PartitionFeed.WriteAsync<ValidPayment, PaymentEntity, BalanceEntity>(
            billing, partition, BillingKeys.PaymentPrefix, claimed, results,
            (record, existing) => 3 + (record.PortalOrderId is null ? 0 : 1) + (RowsPerInvoice * AllocationTargets(record, existing).Count), _balance,
            async (item, existing, balance, nothingPending, actions) =>
            {
                var payment = new PaymentEntity
                {
                    PartitionKey = partition,
                    RowKey = BillingKeys.PaymentPrefix + item.ExternalId,
                    ExternalId = item.ExternalId,
                    Version = item.Record.Version,
                    ContentHash = item.Hash,
                    ReceivedOn = BillingKeys.Date(item.Record.ReceivedOn),
                    AmountCents = item.Record.AmountCents,
                    Allocations = AllocationsJson(item.Record.Allocations),
                };

                // The last payment moved back in time: which one is last now is read from the payments as committed.
                var lastMovedBack = balance!.LastPaymentExternalId == item.ExternalId && string.CompareOrdinal(payment.ReceivedOn, balance.LastPaymentOn) < 0;
                var targets = AllocationTargets(item.Record, existing);
                if ((lastMovedBack && !nothingPending)
                    || await TargetsAsync(billing, partition, touched, nothingPending, PaymentSettlement + item.ExternalId, targets, cancellationToken) is not { } rows)
                {
                    return false;
                }

                if (lastMovedBack)
                {
                    (balance.LastPaymentOn, balance.LastPaymentCents, balance.LastPaymentExternalId) = await LatestPaymentAsync(billing, partition, payment, cancellationToken);
                }
                else if (balance.LastPaymentOn is null || string.CompareOrdinal(payment.ReceivedOn, balance.LastPaymentOn) >= 0)
                {
                    (balance.LastPaymentOn, balance.LastPaymentCents, balance.LastPaymentExternalId) = (payment.ReceivedOn, payment.AmountCents, item.ExternalId);
                }

                balance.PaidCents += payment.AmountCents - (existing?.AmountCents ?? 0);
                if (existing is not null)
                {
                    BalanceEntity.Add(balance.PaidMonths(), BalanceEntity.MonthOf(existing.ReceivedOn), -existing.AmountCents);
                }

                BalanceEntity.Add(balance.PaidMonths(), BalanceEntity.MonthOf(payment.ReceivedOn), payment.AmountCents);
                actions.Add(existing is null ? new(TableTransactionActionType.Add, payment) : new(TableTransactionActionType.UpdateReplace, payment, existing.ETag));
                var indexRow = BillingKeys.ByReceived(payment.ReceivedOn, item.ExternalId);
                if (existing is not null && BillingKeys.ByReceived(existing.ReceivedOn, item.ExternalId) is var old && old != indexRow)
                {
                    actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, old), ETag.All));
                }

                actions.Add(new(TableTransactionActionType.UpsertReplace, new PaymentEntity
                {
                    PartitionKey = partition, RowKey = indexRow, ExternalId = item.ExternalId, Version = payment.Version, ReceivedOn = payment.ReceivedOn, AmountCents = payment.AmountCents,
                    Allocations = payment.Allocations,
                }));

                // What the payment settles by name: the invoices its new version names, and nothing more of those its old version named.
                var settlement = PaymentSettlement + item.ExternalId;
                foreach (var target in targets)
                {
                    if (rows.GetValueOrDefault(target) is { } invoice)
                    {
                        Settle(balance, invoice, settlement, item.Record.Allocations.Where(a => a.InvoiceExternalId == target).Sum(a => a.AmountCents), actions);
                    }
                }

                if (item.Record.PortalOrderId is { } orderId)
                {
                    await BookAsync(billing, client.Id, balance, item.ExternalId, item.Record, orderId, actions, cancellationToken);
                }

                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// The back office's payment names a portal order: the order is booked in the payment's own transaction and leaves the aggregate's
    /// orders in flight, so the money the balance counted as paid, awaiting booking is counted once, as the payment. A payment of
    /// another amount, or naming other invoices, books the order all the same (the payment is kept as sent) and flags it for staff,
    /// as does a payment naming an order this client does not have or one another payment booked.
    /// </summary>
    private async Task BookAsync(
        TableClient billing, string clientId, BalanceEntity balance, string paymentId, ValidPayment payment, string orderId, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var order = await Payments.PaymentOrders.RowAsync(billing, clientId, orderId, cancellationToken);
        if (order is null || (order.BookingPaymentId is { } booked && booked != paymentId))
        {
            var why = order is null ? $"Payment {paymentId} names order {orderId}, which this client does not have." : $"Payment {paymentId} names order {orderId}, booked by payment {order.BookingPaymentId}.";
            await settlement.FlagIndexAsync(order ?? new Payments.PaymentOrderEntity { Stamp = orderId, ClientId = clientId }, Payments.PaymentOrderFlag.BookingMismatch, why, cancellationToken);
            return;
        }

        var named = payment.Allocations.Select(a => a.InvoiceExternalId).ToHashSet(StringComparer.Ordinal);
        var differs = payment.AmountCents != order.Cents ? $"Payment {paymentId} of {Cents.ToEuros(payment.AmountCents):0.00} books order {orderId} of {Cents.ToEuros(order.Cents):0.00}."
            : named.Count > 0 && !named.SetEquals(order.InvoiceList().Select(i => i.Id)) ? $"Payment {paymentId} names other invoices than order {orderId}."
            : null;
        if (differs is not null)
        {
            order.Flag(Payments.PaymentOrderFlag.BookingMismatch);
            await settlement.FlagIndexAsync(order, Payments.PaymentOrderFlag.BookingMismatch, differs, cancellationToken);
        }

        (order.Status, order.BookedAt, order.BookingPaymentId) = (Payments.PaymentOrderStatus.Booked.Text(), order.BookedAt ?? time.GetUtcNow(), paymentId);
        var inFlight = balance.InFlight();
        inFlight.RemoveAll(o => o.Stamp == orderId);
        balance.KeepInFlight(inFlight);
        actions.Add(new(TableTransactionActionType.UpdateReplace, order, order.ETag));
    }

    /// <summary>The invoices a payment's write changes: those its new version names and those its old version named.</summary>
    private static List<string> AllocationTargets(ValidPayment record, PaymentEntity? existing) =>
        [.. AllocationsOf(existing?.Allocations).Concat(record.Allocations).Select(a => a.InvoiceExternalId).Distinct(StringComparer.Ordinal)];

    private async Task ApplyBillingAccountsAsync(Client client, IReadOnlyList<Fed<BillingAccountRecord, ValidBillingAccount>> group, FeedResult?[] results, CancellationToken cancellationToken)
    {
        if (client.Kind != ClientKind.Legal)
        {
            foreach (var fed in group)
            {
                results[fed.Index] = FeedResult.Rejected(fed.Valid.ExternalId, "clientExternalId", "Billing accounts are kept for legal persons; a natural person's billing is the client's own.");
            }

            return;
        }

        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var partition = BillingKeys.Partition(client.Id);
        var items = group.Select(g => new FeedItem<ValidBillingAccount>(g.Index, g.Valid, ContentHash.Of(g.Record, FeedJson.Default.BillingAccountRecord))).ToList();
        var claimed = await PartitionFeed.ClaimAsync(storage, "billing-account", client.Id, items, results, cancellationToken);
        await PartitionFeed.WriteAsync<ValidBillingAccount, BillingAccountEntity, BalanceEntity>(
            billing, partition, BillingKeys.AccountPrefix, claimed, results, actionsFor: (_, _) => 1, _balance,
            async (item, existing, balance, _, actions) =>
            {
                var record = item.Record;
                var numbers = balance!.AccountNumberMap() ?? balance.KeepAccountNumbers(await AccountNumbersAsync(billing, partition, cancellationToken));
                numbers[item.ExternalId] = record.Number;
                var account = new BillingAccountEntity
                {
                    PartitionKey = partition,
                    RowKey = BillingKeys.AccountPrefix + item.ExternalId,
                    ExternalId = item.ExternalId,
                    Version = record.Version,
                    ContentHash = item.Hash,
                    Number = record.Number,
                    Name = record.Name,
                    BillingArrangement = record.Arrangement.Text(),
                    InvoiceEmail = record.InvoiceEmail,
                    Status = record.Status.Text(),
                };
                actions.Add(existing is null ? new(TableTransactionActionType.Add, account) : new(TableTransactionActionType.UpdateReplace, account, existing.ETag));
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// The client's rows under <paramref name="prefix"/> for the named external ids, by external id: a point read each
    /// (<see cref="PartitionFeed.ReadManyAsync"/>; a client has a few billing accounts, and a batch names few invoices).
    /// </summary>
    private static async Task<Dictionary<string, T>> NamedRowsAsync<T>(TableClient billing, string partition, string prefix, IEnumerable<string?> named, CancellationToken cancellationToken)
        where T : class, ITableEntity =>
        (await PartitionFeed.ReadManyAsync<T>(billing, partition, named.OfType<string>().Distinct(StringComparer.Ordinal).Select(id => prefix + id), cancellationToken))
            .ToDictionary(row => row.Key[prefix.Length..], row => row.Value, StringComparer.Ordinal);

    /// <summary>
    /// Which of the named billing accounts the client has: from the aggregate's numbers (one point read), or, on an
    /// aggregate that does not keep them yet, a point read of each account row.
    /// </summary>
    private static async Task<IReadOnlySet<string>> AccountIdsAsync(TableClient billing, string partition, IEnumerable<string?> named, CancellationToken cancellationToken)
    {
        var ids = named.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        if ((await PartitionFeed.ReadAsync<BalanceEntity>(billing, partition, BillingKeys.Balance, cancellationToken))?.AccountNumberMap() is { } numbers)
        {
            return new HashSet<string>(ids.Where(numbers.ContainsKey), StringComparer.Ordinal);
        }

        return new HashSet<string>((await NamedRowsAsync<BillingAccountEntity>(billing, partition, BillingKeys.AccountPrefix, ids, cancellationToken)).Keys, StringComparer.Ordinal);
    }

    /// <summary>Every billing account's number by external id, from the account rows: for an aggregate that starts keeping them.</summary>
    internal static async Task<Dictionary<string, string>> AccountNumbersAsync(TableClient billing, string partition, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in billing.QueryAsync<BillingAccountEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(BillingKeys.AccountPrefix) >= 0 && e.RowKey.CompareTo("account}") < 0, cancellationToken: cancellationToken))
        {
            numbers[row.ExternalId] = row.Number;
        }

        return numbers;
    }

    /// <summary>Why a payment or a credit note cannot settle this invoice (null: it can).</summary>
    private static string? Unsettleable(InvoiceEntity? invoice) =>
        invoice is null ? "This client has no invoice with this external id: feed it first."
        : Vocabulary<InvoiceKind>.Stored(invoice.Kind) != InvoiceKind.Invoice ? "This is a credit note, not an invoice."
        : Vocabulary<InvoiceStatus>.Stored(invoice.Status) == InvoiceStatus.Cancelled ? "The invoice is cancelled."
        : null;

    private static string? AllocationsJson(IReadOnlyList<Allocation> allocations) =>
        allocations.Count == 0 ? null : JsonSerializer.Serialize(allocations, FeedJson.Default.IReadOnlyListAllocation);

    internal static IReadOnlyList<Allocation> AllocationsOf(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, FeedJson.Default.IReadOnlyListAllocation) ?? [];

    private static async Task<(string?, long, string?)> LatestPaymentAsync(TableClient billing, string partition, PaymentEntity changed, CancellationToken cancellationToken)
    {
        var latest = changed;
        await foreach (var payment in billing.QueryAsync<PaymentEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(BillingKeys.PaymentPrefix) >= 0 && e.RowKey.CompareTo("payment}") < 0, cancellationToken: cancellationToken))
        {
            if (payment.ExternalId != changed.ExternalId && string.CompareOrdinal(payment.ReceivedOn, latest.ReceivedOn) > 0)
            {
                latest = payment;
            }
        }

        return (latest.ReceivedOn, latest.AmountCents, latest.ExternalId);
    }

    private static Outcome<ValidInvoice> ValidateInvoice(InvoiceRecord record)
    {
        var errors = FeedValidation.Start(record, belongsToClient: true, record.ClientExternalId);
        errors.Number(record.Number);

        if (!Vocabulary<InvoiceKind>.TryParse(record.Kind, out var kind))
        {
            errors.Add("kind", "invoice or credit-note.");
        }

        if (!Vocabulary<InvoiceStatus>.TryParse(record.Status, out var status))
        {
            errors.Add("status", "issued or cancelled.");
        }

        if (record.IssuedOn is null)
        {
            errors.Add("issuedOn", "Required (yyyy-MM-dd).");
        }

        if (kind == InvoiceKind.Invoice && record.DueOn is null)
        {
            errors.Add("dueOn", "Required for an invoice (yyyy-MM-dd).");
        }
        else if (record.DueOn < record.IssuedOn)
        {
            errors.Add("dueOn", "Not before issuedOn.");
        }

        var cents = Cents.From(record.Amount);
        if (cents is null)
        {
            errors.Add("amount", "Required: a positive amount in euros with at most two decimals.");
        }

        if (record.BillingAccountExternalId is not null && !StorageKeys.IsUsable(record.BillingAccountExternalId, 100))
        {
            errors.Add("billingAccountExternalId", "The external id of one of the client's billing accounts, or null.");
        }

        if (record.CreditsInvoiceExternalId is not null && (kind != InvoiceKind.CreditNote || !StorageKeys.IsUsable(record.CreditsInvoiceExternalId, 100)))
        {
            errors.Add("creditsInvoiceExternalId", "A credit note's: the external id of the client's invoice it credits, or null.");
        }

        if (record.PaymentReference is not null && !StorageKeys.IsUsable(record.PaymentReference, 35))
        {
            errors.Add("paymentReference", "The reference to quote when paying: 1-35 characters, without / \\ # ? | or control characters, or null.");
        }

        var lines = ValidateLines(record.Lines, cents, errors);
        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        var issuedOn = record.IssuedOn!.Value;
        return new ValidInvoice(
            record.ExternalId!, record.Version!.Value, record.ClientExternalId!, record.Number!.Trim(), kind, status,
            issuedOn, record.DueOn ?? issuedOn, cents!.Value, record.BillingAccountExternalId, record.CreditsInvoiceExternalId, record.PaymentReference, lines);
    }

    /// <summary>At most this many lines on one invoice (they are kept on its row, within a property's 64 KiB).</summary>
    public const int MaxLines = 100;

    /// <summary>
    /// Each line whole and sensible; together, their amounts and the VAT on them by rate (<see cref="InvoiceLines.VatTotals"/>)
    /// come to the invoice's amount to the cent, or the invoice is rejected naming the difference.
    /// </summary>
    private static List<InvoiceLine> ValidateLines(IReadOnlyList<InvoiceLineRecord?>? records, long? invoiceCents, FieldErrors errors)
    {
        var lines = new List<InvoiceLine>();
        if (records is null)
        {
            return lines;
        }

        if (records.Count > MaxLines)
        {
            errors.Add("lines", $"At most {MaxLines} lines.");
            return lines;
        }

        for (var i = 0; i < records.Count; i++)
        {
            var line = errors.At("lines", i);
            var errorsBefore = errors.Count;
            var record = records[i];
            var description = record?.Description?.Trim();
            if (string.IsNullOrEmpty(description) || description.Length > 200 || description.Any(char.IsControl))
            {
                line.Add("description", "Required: 1-200 characters.");
            }

            if (record?.Quantity is not { } quantity || quantity <= 0 || quantity > Cents.Max || decimal.Round(quantity, 3) != quantity)
            {
                line.Add("quantity", "Required: positive, with at most three decimals.");
            }

            var unit = record?.Unit?.Trim() is { Length: > 0 } text ? text : null;
            if (unit is not null && (unit.Length > 20 || unit.Any(char.IsControl)))
            {
                line.Add("unit", "At most 20 characters, or null.");
            }

            if (record?.UnitPrice is not { } price || Math.Abs(price) > Cents.Max || decimal.Round(price, 4) != price)
            {
                line.Add("unitPrice", "Required: euros with at most four decimals (negative for a discount).");
            }

            if (record?.VatRate is not { } rate || rate < 0 || rate > 100 || decimal.Round(rate, 2) != rate)
            {
                line.Add("vatRate", "Required: percent from 0 to 100, with at most two decimals.");
            }

            if (record?.Amount is not { } amount || Math.Abs(amount) > Cents.Max || decimal.Round(amount, 2) != amount)
            {
                line.Add("amount", "Required: the line's amount without VAT, euros with at most two decimals (negative for a discount).");
            }

            if (errors.Count == errorsBefore)
            {
                lines.Add(new InvoiceLine(description!, record!.Quantity!.Value, unit, record.UnitPrice!.Value, record.VatRate!.Value, (long)(record.Amount!.Value * 100)));
            }
        }

        if (errors.IsEmpty && invoiceCents is { } total && InvoiceLines.TotalCents(lines) is var sum && lines.Count > 0 && sum != total)
        {
            errors.Add("lines", $"The lines come to {Cents.ToEuros(sum)} € with VAT; the invoice's amount is {Cents.ToEuros(total)} €.");
        }

        return lines;
    }

    private static Outcome<ValidBillingAccount> ValidateBillingAccount(BillingAccountRecord record)
    {
        var errors = FeedValidation.Start(record, belongsToClient: true, record.ClientExternalId);
        errors.Number(record.Number);

        if ((record.Name?.Length ?? 0) > 200)
        {
            errors.Add("name", "At most 200 characters.");
        }

        var arrangement = errors.BillingArrangement(record.BillingArrangement);

        if (record.InvoiceEmail is { Length: > 0 } email && !FeedValidation.IsEmail(email))
        {
            errors.Add("invoiceEmail", "Not a valid email address.");
        }

        if (!Vocabulary<BillingAccountStatus>.TryParse(record.Status, out var status))
        {
            errors.Add("status", "open or closed.");
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        return new ValidBillingAccount(
            record.ExternalId!, record.Version!.Value, record.ClientExternalId!, record.Number!.Trim(), TrimmedOrNull(record.Name), arrangement!.Value, TrimmedOrNull(record.InvoiceEmail), status);
    }

    private static string? TrimmedOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Outcome<ValidPayment> ValidatePayment(PaymentRecord record)
    {
        var errors = FeedValidation.Start(record, belongsToClient: true, record.ClientExternalId);
        if (record.ReceivedOn is null)
        {
            errors.Add("receivedOn", "Required (yyyy-MM-dd).");
        }

        var cents = Cents.From(record.Amount);
        if (cents is null)
        {
            errors.Add("amount", "Required: a positive amount in euros with at most two decimals.");
        }

        var allocations = ValidateAllocations(record.Allocations, cents, errors);
        if (record.PortalOrderId is { } orderId && !Payments.PaymentKeys.IsStamp(orderId))
        {
            errors.Add("portalOrderId", "The portal's payment order id: 20 digits, as the bank carried it (VK_STAMP).");
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        return new ValidPayment(record.ExternalId!, record.Version!.Value, record.ClientExternalId!, record.ReceivedOn!.Value, cents!.Value, allocations, record.PortalOrderId);
    }

    /// <summary>
    /// At most this many invoices named by one payment: a newer version that names other invoices
    /// changes the rows of the old ones and the new ones in one transaction (100 rows at most).
    /// </summary>
    public const int MaxAllocations = 8;

    /// <summary>Each named once, each a positive amount, together no more than the payment.</summary>
    private static List<Allocation> ValidateAllocations(IReadOnlyList<AllocationRecord>? records, long? paymentCents, FieldErrors errors)
    {
        var allocations = new List<Allocation>();
        if (records is null)
        {
            return allocations;
        }

        if (records.Count > MaxAllocations)
        {
            errors.Add("allocations", $"At most {MaxAllocations} invoices in one payment.");
            return allocations;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var (id, amount) = (records[i]?.InvoiceExternalId, Cents.From(records[i]?.Amount));
            if (!StorageKeys.IsUsable(id, 100))
            {
                errors.Add($"allocations[{i}].invoiceExternalId", "Required: the external id of the client's invoice this part settles.");
            }
            else if (!named.Add(id))
            {
                errors.Add($"allocations[{i}].invoiceExternalId", "This invoice is named earlier in the same payment.");
            }

            if (amount is null)
            {
                errors.Add($"allocations[{i}].amount", "Required: a positive amount in euros with at most two decimals.");
            }
            else if (id is not null)
            {
                allocations.Add(new Allocation(id, amount.Value));
            }
        }

        if (paymentCents is { } total && allocations.Sum(a => a.AmountCents) > total)
        {
            errors.Add("allocations", $"The allocations add up to {Cents.ToEuros(allocations.Sum(a => a.AmountCents))} €, more than the payment's {Cents.ToEuros(total)} €.");
        }

        return allocations;
    }
}
