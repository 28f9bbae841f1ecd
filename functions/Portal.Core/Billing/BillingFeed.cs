using Azure;
using Azure.Data.Tables;
using Portal.Core.BackOffice;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>Billing accounts, invoices (with credit notes and cancellations) and payments from the back office, each by external id and version.</summary>
public sealed class BillingFeed(PortalStorage storage, ClientStore clients, TimeProvider time)
{

    private readonly AggregateRow<BalanceEntity> _balance = new(BillingKeys.Balance, () => new BalanceEntity(), balance =>
    {
        balance.FoldPastDueDates(RigaCalendar.DateOf(time.GetUtcNow()));
        balance.Pack();
    });

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
        if (await PartitionFeed.OwnerAsync(billing, "invoice", externalId, cancellationToken) is not { } clientId)
        {
            return false;
        }

        var partition = BillingKeys.Partition(clientId);
        var container = await storage.ContainerAsync(StorageNames.InvoicesContainer, cancellationToken);
        await container.GetBlobClient(PdfBlob(clientId, externalId)).UploadAsync(BinaryData.FromBytes(pdf), overwrite: true, cancellationToken);
        while (await PartitionFeed.ReadAsync<InvoiceEntity>(billing, partition, BillingKeys.InvoicePrefix + externalId, cancellationToken) is { } invoice)
        {
            invoice.HasPdf = true;
            List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, invoice, invoice.ETag)];
            foreach (var row in IndexRows(invoice))
            {
                actions.Add(new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, row) { [nameof(InvoiceEntity.HasPdf)] = true }, ETag.All));
            }

            try
            {
                await billing.SubmitTransactionAsync(actions, cancellationToken);
                return true;
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412)
            {
                // A newer version landed meanwhile: mark that one.
            }
        }

        // Claimed but not written (a first write that failed): the invoice is not there to hold a PDF.
        return false;
    }

    public static string PdfBlob(string clientId, string externalId) => $"{clientId}/{externalId}.pdf";

    private static string[] IndexRows(InvoiceEntity invoice) =>
        [BillingKeys.ByIssued(BillingKeys.ParseDate(invoice.IssuedOn), invoice.ExternalId), BillingKeys.ByNumber(invoice.Number, invoice.ExternalId)];

    private async Task ApplyInvoicesAsync(Client client, IReadOnlyList<Fed<InvoiceRecord, ValidInvoice>> group, FeedResult?[] results, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var partition = BillingKeys.Partition(client.Id);
        var accounts = await NamedRowsAsync<BillingAccountEntity>(billing, partition, BillingKeys.AccountPrefix, group.Select(g => g.Valid.BillingAccountExternalId), cancellationToken);
        var credited = await NamedRowsAsync<InvoiceEntity>(billing, partition, BillingKeys.InvoicePrefix, group.Select(g => g.Valid.CreditsInvoiceExternalId), cancellationToken);
        var items = new List<FeedItem<ValidInvoice>>();
        foreach (var (index, record, valid) in group)
        {
            if (valid.BillingAccountExternalId is { } account && !accounts.ContainsKey(account))
            {
                results[index] = FeedResult.Rejected(valid.ExternalId, "billingAccountExternalId", "This client has no billing account with this external id: feed it first.");
            }
            else if (valid.CreditsInvoiceExternalId is { } target && Unsettleable(credited.GetValueOrDefault(target)) is { } why)
            {
                results[index] = FeedResult.Rejected(valid.ExternalId, "creditsInvoiceExternalId", why);
            }
            else
            {
                items.Add(new(index, valid, ContentHash.Of(record, FeedJson.Default.InvoiceRecord)));
            }
        }

        var claimed = await PartitionFeed.ClaimAsync(billing, "invoice", client.Id, items, results, cancellationToken);
        await PartitionFeed.WriteAsync<ValidInvoice, InvoiceEntity, BalanceEntity>(
            billing, partition, BillingKeys.InvoicePrefix, claimed, results, maxActionsPerRecord: 5, _balance,
            (item, existing, balance, _, actions) =>
            {
                var record = item.Record;
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
                };
                var (byDue, byMonth) = (balance!.DueDates(), balance.ChargedMonths());
                if (existing is not null)
                {
                    balance.ChargesCents -= existing.SignedCents;
                    BalanceEntity.Add(byDue, existing.DueOn, -existing.SignedCents);
                    BalanceEntity.Add(byMonth, BalanceEntity.MonthOf(existing.IssuedOn), -existing.SignedCents);
                }

                balance.ChargesCents += invoice.SignedCents;
                BalanceEntity.Add(byDue, invoice.DueOn, invoice.SignedCents);
                BalanceEntity.Add(byMonth, BalanceEntity.MonthOf(invoice.IssuedOn), invoice.SignedCents);
                actions.Add(existing is null ? new(TableTransactionActionType.Add, invoice) : new(TableTransactionActionType.UpdateReplace, invoice, existing.ETag));
                var indexRows = IndexRows(invoice);
                foreach (var old in existing is null ? [] : IndexRows(existing).Except(indexRows))
                {
                    actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, old), ETag.All));
                }

                foreach (var row in indexRows)
                {
                    actions.Add(new(TableTransactionActionType.UpsertReplace, new InvoiceEntity
                    {
                        PartitionKey = partition, RowKey = row, ExternalId = invoice.ExternalId, Version = invoice.Version, Number = invoice.Number, Kind = invoice.Kind,
                        IssuedOn = invoice.IssuedOn, DueOn = invoice.DueOn, AmountCents = invoice.AmountCents, Status = invoice.Status,
                        BillingAccountExternalId = invoice.BillingAccountExternalId, HasPdf = invoice.HasPdf,
                        CreditsInvoiceExternalId = invoice.CreditsInvoiceExternalId, PaymentReference = invoice.PaymentReference,
                    }));
                }

                return ValueTask.FromResult(true);
            },
            cancellationToken);
    }

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

        var claimed = await PartitionFeed.ClaimAsync(billing, "payment", client.Id, items, results, cancellationToken);
        await PartitionFeed.WriteAsync<ValidPayment, PaymentEntity, BalanceEntity>(
            billing, partition, BillingKeys.PaymentPrefix, claimed, results, maxActionsPerRecord: 3, _balance,
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
                if (balance!.LastPaymentExternalId == item.ExternalId && string.CompareOrdinal(payment.ReceivedOn, balance.LastPaymentOn) < 0)
                {
                    // The last payment moved back in time: which one is last now is read from the payments as committed.
                    if (!nothingPending)
                    {
                        return false;
                    }

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
                return true;
            },
            cancellationToken);
    }

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
        var claimed = await PartitionFeed.ClaimAsync(billing, "billing-account", client.Id, items, results, cancellationToken);
        await PartitionFeed.WriteAsync<ValidBillingAccount, BillingAccountEntity, BalanceEntity>(
            billing, partition, BillingKeys.AccountPrefix, claimed, results, maxActionsPerRecord: 1, aggregateRow: null,
            (item, existing, _, _, actions) =>
            {
                var record = item.Record;
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
                return ValueTask.FromResult(true);
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

    /// <summary>Why a payment or a credit note cannot settle this invoice (null: it can).</summary>
    private static string? Unsettleable(InvoiceEntity? invoice) =>
        invoice is null ? "This client has no invoice with this external id: feed it first."
        : Vocabulary<InvoiceKind>.Stored(invoice.Kind) != InvoiceKind.Invoice ? "This is a credit note, not an invoice."
        : Vocabulary<InvoiceStatus>.Stored(invoice.Status) == InvoiceStatus.Cancelled ? "The invoice is cancelled."
        : null;

    private static string? AllocationsJson(IReadOnlyList<Allocation> allocations) =>
        allocations.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(allocations, FeedJson.Default.IReadOnlyListAllocation);

    internal static IReadOnlyList<Allocation> AllocationsOf(string? json) =>
        json is null ? [] : System.Text.Json.JsonSerializer.Deserialize(json, FeedJson.Default.IReadOnlyListAllocation) ?? [];

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

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        var issuedOn = record.IssuedOn!.Value;
        return new ValidInvoice(
            record.ExternalId!, record.Version!.Value, record.ClientExternalId!, record.Number!.Trim(), kind, status,
            issuedOn, record.DueOn ?? issuedOn, cents!.Value, record.BillingAccountExternalId, record.CreditsInvoiceExternalId, record.PaymentReference);
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
        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        return new ValidPayment(record.ExternalId!, record.Version!.Value, record.ClientExternalId!, record.ReceivedOn!.Value, cents!.Value, allocations);
    }

    /// <summary>At most this many invoices named by one payment.</summary>
    public const int MaxAllocations = 50;

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
