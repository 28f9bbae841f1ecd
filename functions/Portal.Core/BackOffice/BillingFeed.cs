using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Portal.Core.Clients;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>
/// One client's billing lives in one partition, "billing|{clientId}": its invoices, payments, their
/// index rows and the balance aggregate. So every fed record is one entity-group transaction that
/// writes the record, moves its index rows and updates the aggregate under its ETag - the aggregate
/// is exact by construction and the views never scan or recompute.
/// </summary>
internal static class BillingKeys
{
    public const string Balance = "balance";
    public const string InvoicePrefix = "invoice|";
    public const string PaymentPrefix = "payment|";
    public const string ByIssuedPrefix = "by-issued|";
    public const string ByNumberPrefix = "by-number|";

    public static string Partition(string clientId) => $"billing|{clientId}";

    /// <summary>Newest first in the natural row order.</summary>
    public static string ByIssued(DateOnly issuedOn, string externalId) =>
        $"{ByIssuedPrefix}{99_999_999 - int.Parse(issuedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture):D8}|{externalId}";

    public static string ByNumber(string number, string externalId) => $"{ByNumberPrefix}{number}|{externalId}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The client's balance aggregate: totals, and charges by due date (for overdue and the next due date at any day).</summary>
internal sealed class BalanceEntity : PortalEntity
{
    public BalanceEntity()
    {
        RowKey = BillingKeys.Balance;
    }

    public long ChargesCents { get; set; }

    public long PaidCents { get; set; }

    /// <summary>JSON: due date (yyyy-MM-dd) to the cents charged for it (credit notes subtract).</summary>
    public string ChargesByDue { get; set; } = "{}";

    public string? LastPaymentOn { get; set; }

    public long LastPaymentCents { get; set; }

    public string? LastPaymentExternalId { get; set; }
}

internal sealed class InvoiceEntity : PortalEntity
{
    public string ExternalId { get; set; } = "";

    public long Version { get; set; }

    public string ContentHash { get; set; } = "";

    public string Number { get; set; } = "";

    public string Kind { get; set; } = "";

    public string IssuedOn { get; set; } = "";

    public string DueOn { get; set; } = "";

    public long AmountCents { get; set; }

    public string Status { get; set; } = "";

    /// <summary>Whether the back office has sent the invoice's PDF.</summary>
    public bool HasPdf { get; set; }

    /// <summary>What the invoice adds to the client's charges: nothing once cancelled; a credit note subtracts.</summary>
    public long SignedCents => Status == "cancelled" ? 0 : Kind == "credit-note" ? -AmountCents : AmountCents;
}

internal sealed class PaymentEntity : PortalEntity
{
    public string ExternalId { get; set; } = "";

    public long Version { get; set; }

    public string ContentHash { get; set; } = "";

    public string ReceivedOn { get; set; } = "";

    public long AmountCents { get; set; }
}

/// <summary>
/// Which client an invoice's or payment's external id belongs to: it may not move. Billing table,
/// partition "{kind}-ext|{externalId}", row the external id again (distinct row keys keep Azurite's
/// row-key-first lookups from scanning every such row).
/// </summary>
internal sealed class BillingExternalIdEntity : PortalEntity
{
    public string ClientId { get; set; } = "";
}

/// <summary>Invoices (with credit notes and cancellations) and payments from the back office, each by external id and version.</summary>
public sealed class BillingFeed(PortalStorage storage)
{
    private static readonly string[] _invoiceKinds = ["invoice", "credit-note"];
    private static readonly string[] _invoiceStatuses = ["issued", "cancelled"];

    /// <summary>Applies the records in order, each client's one after another (they share the aggregate), different clients side by side.</summary>
    public async Task<IReadOnlyList<FeedResult>> UpsertInvoicesAsync(IReadOnlyList<InvoiceRecord> records, CancellationToken cancellationToken) =>
        await ApplyAsync(records, r => r.ClientExternalId, ValidateInvoice, ApplyInvoiceAsync, cancellationToken);

    public async Task<IReadOnlyList<FeedResult>> UpsertPaymentsAsync(IReadOnlyList<PaymentRecord> records, CancellationToken cancellationToken) =>
        await ApplyAsync(records, r => r.ClientExternalId, ValidatePayment, ApplyPaymentAsync, cancellationToken);

    private async Task<IReadOnlyList<FeedResult>> ApplyAsync<T>(
        IReadOnlyList<T> records,
        Func<T, string?> clientOf,
        Func<T, Dictionary<string, string[]>> validate,
        Func<TableClient, string, T, CancellationToken, Task<FeedResult>> apply,
        CancellationToken cancellationToken)
        where T : IFeedRecord
    {
        var results = new FeedResult[records.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<(int Index, T Record)>();
        for (var i = 0; i < records.Count; i++)
        {
            var errors = validate(records[i]);
            if (errors.Count > 0)
            {
                results[i] = new FeedResult(records[i].ExternalId ?? "", FeedStatus.Rejected, errors);
            }
            else if (!seen.Add(records[i].ExternalId!))
            {
                results[i] = FeedResult.Rejected(records[i].ExternalId!, "externalId", "The same external id is earlier in this batch.");
            }
            else
            {
                work.Add((i, records[i]));
            }
        }

        var clients = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        await Parallel.ForEachAsync(work.GroupBy(w => clientOf(w.Record)!), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (group, token) =>
        {
            var known = await clients.GetEntityIfExistsAsync<ClientExternalIdEntity>(ClientExternalIdEntity.PartitionFor(group.Key), ClientExternalIdEntity.Row, cancellationToken: token);
            foreach (var (index, record) in group)
            {
                results[index] = known.HasValue && known.Value is { } client
                    ? await apply(billing, client.ClientId, record, token)
                    : FeedResult.Rejected(record.ExternalId!, "clientExternalId", "No client has this external id: feed the client first.");
            }
        });
        return results;
    }

    /// <summary>
    /// Stores an invoice's PDF (judged by its content) and marks the invoice and its index rows as
    /// having one; false when no invoice has this external id.
    /// </summary>
    public async Task<bool> StorePdfAsync(string externalId, byte[] pdf, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var owner = await billing.GetEntityIfExistsAsync<BillingExternalIdEntity>($"invoice-ext|{externalId}", externalId, cancellationToken: cancellationToken);
        if (!owner.HasValue || owner.Value is not { } found)
        {
            return false;
        }

        var partition = BillingKeys.Partition(found.ClientId);
        var container = await storage.ContainerAsync(StorageNames.InvoicesContainer, cancellationToken);
        await container.GetBlobClient(PdfBlob(found.ClientId, externalId)).UploadAsync(BinaryData.FromBytes(pdf), overwrite: true, cancellationToken);
        while (await ReadAsync<InvoiceEntity>(billing, partition, BillingKeys.InvoicePrefix + externalId, cancellationToken) is { } invoice)
        {
            invoice.HasPdf = true;
            List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, invoice, invoice.ETag)];
            foreach (var row in new[] { BillingKeys.ByIssued(DateOnly.Parse(invoice.IssuedOn, CultureInfo.InvariantCulture), externalId), BillingKeys.ByNumber(invoice.Number, externalId) })
            {
                actions.Add(new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, row) { [nameof(InvoiceEntity.HasPdf)] = true }, ETag.All));
            }

            if (await SubmitAsync(billing, actions, cancellationToken))
            {
                return true;
            }
        }

        // Claimed but not written (a first write that failed): the invoice is not there to hold a PDF.
        return false;
    }

    public static string PdfBlob(string clientId, string externalId) => $"{clientId}/{externalId}.pdf";

    private static async Task<FeedResult?> ClaimAsync(TableClient billing, string kind, string externalId, string clientId, CancellationToken cancellationToken)
    {
        var partition = $"{kind}-ext|{externalId}";
        try
        {
            await billing.AddEntityAsync(new BillingExternalIdEntity { PartitionKey = partition, RowKey = externalId, ClientId = clientId }, cancellationToken);
            return null;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            var owner = await billing.GetEntityAsync<BillingExternalIdEntity>(partition, externalId, cancellationToken: cancellationToken);
            return owner.Value.ClientId == clientId ? null : FeedResult.Rejected(externalId, "clientExternalId", $"This {kind} belongs to another client; it cannot move.");
        }
    }

    private static async Task<FeedResult> ApplyInvoiceAsync(TableClient billing, string clientId, InvoiceRecord record, CancellationToken cancellationToken)
    {
        var externalId = record.ExternalId!;
        if (await ClaimAsync(billing, "invoice", externalId, clientId, cancellationToken) is { } moved)
        {
            return moved;
        }

        var partition = BillingKeys.Partition(clientId);
        var hash = ContentHash.Of(record, FeedJson.Default.InvoiceRecord);
        while (true)
        {
            var existing = await ReadAsync<InvoiceEntity>(billing, partition, BillingKeys.InvoicePrefix + externalId, cancellationToken);
            if (Decide(existing?.Version, existing?.ContentHash, record.Version!.Value, hash, externalId) is { } decided)
            {
                return decided;
            }

            var invoice = new InvoiceEntity
            {
                PartitionKey = partition,
                RowKey = BillingKeys.InvoicePrefix + externalId,
                ExternalId = externalId,
                Version = record.Version!.Value,
                ContentHash = hash,
                Number = record.Number!.Trim(),
                Kind = record.Kind!,
                IssuedOn = BillingKeys.Date(record.IssuedOn!.Value),
                DueOn = BillingKeys.Date(record.DueOn ?? record.IssuedOn!.Value),
                AmountCents = Cents.From(record.Amount)!.Value,
                Status = record.Status!,
                HasPdf = existing?.HasPdf ?? false,
            };
            var (balance, balanceAction) = await BalanceAsync(billing, partition, cancellationToken);
            var byDue = JsonSerializer.Deserialize(balance.ChargesByDue, FeedJson.Default.DictionaryStringInt64)!;
            if (existing is not null)
            {
                balance.ChargesCents -= existing.SignedCents;
                Add(byDue, existing.DueOn, -existing.SignedCents);
            }

            balance.ChargesCents += invoice.SignedCents;
            Add(byDue, invoice.DueOn, invoice.SignedCents);
            balance.ChargesByDue = JsonSerializer.Serialize(byDue, FeedJson.Default.DictionaryStringInt64);

            List<TableTransactionAction> actions =
            [
                existing is null ? new(TableTransactionActionType.Add, invoice) : new(TableTransactionActionType.UpdateReplace, invoice, existing.ETag),
                balanceAction(balance),
            ];
            var indexRows = new[] { BillingKeys.ByIssued(record.IssuedOn!.Value, externalId), BillingKeys.ByNumber(invoice.Number, externalId) };
            if (existing is not null)
            {
                foreach (var old in new[] { BillingKeys.ByIssued(DateOnly.Parse(existing.IssuedOn, CultureInfo.InvariantCulture), externalId), BillingKeys.ByNumber(existing.Number, externalId) }.Except(indexRows))
                {
                    actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, old), ETag.All));
                }
            }

            foreach (var row in indexRows)
            {
                actions.Add(new(TableTransactionActionType.UpsertReplace, new InvoiceEntity
                {
                    PartitionKey = partition, RowKey = row, ExternalId = externalId, Version = invoice.Version, Number = invoice.Number, Kind = invoice.Kind,
                    IssuedOn = invoice.IssuedOn, DueOn = invoice.DueOn, AmountCents = invoice.AmountCents, Status = invoice.Status, HasPdf = invoice.HasPdf,
                }));
            }

            if (await SubmitAsync(billing, actions, cancellationToken))
            {
                return new FeedResult(externalId, existing is null ? FeedStatus.Created : FeedStatus.Updated, new Dictionary<string, string[]>());
            }
        }
    }

    private static async Task<FeedResult> ApplyPaymentAsync(TableClient billing, string clientId, PaymentRecord record, CancellationToken cancellationToken)
    {
        var externalId = record.ExternalId!;
        if (await ClaimAsync(billing, "payment", externalId, clientId, cancellationToken) is { } moved)
        {
            return moved;
        }

        var partition = BillingKeys.Partition(clientId);
        var hash = ContentHash.Of(record, FeedJson.Default.PaymentRecord);
        while (true)
        {
            var existing = await ReadAsync<PaymentEntity>(billing, partition, BillingKeys.PaymentPrefix + externalId, cancellationToken);
            if (Decide(existing?.Version, existing?.ContentHash, record.Version!.Value, hash, externalId) is { } decided)
            {
                return decided;
            }

            var payment = new PaymentEntity
            {
                PartitionKey = partition,
                RowKey = BillingKeys.PaymentPrefix + externalId,
                ExternalId = externalId,
                Version = record.Version!.Value,
                ContentHash = hash,
                ReceivedOn = BillingKeys.Date(record.ReceivedOn!.Value),
                AmountCents = Cents.From(record.Amount)!.Value,
            };
            var (balance, balanceAction) = await BalanceAsync(billing, partition, cancellationToken);
            balance.PaidCents += payment.AmountCents - (existing?.AmountCents ?? 0);
            if (balance.LastPaymentExternalId == externalId && string.CompareOrdinal(payment.ReceivedOn, balance.LastPaymentOn) < 0)
            {
                // The last payment moved back in time: which one is last now is read from the payments themselves.
                (balance.LastPaymentOn, balance.LastPaymentCents, balance.LastPaymentExternalId) = await LatestPaymentAsync(billing, partition, payment, cancellationToken);
            }
            else if (balance.LastPaymentOn is null || string.CompareOrdinal(payment.ReceivedOn, balance.LastPaymentOn) >= 0)
            {
                (balance.LastPaymentOn, balance.LastPaymentCents, balance.LastPaymentExternalId) = (payment.ReceivedOn, payment.AmountCents, externalId);
            }

            List<TableTransactionAction> actions =
            [
                existing is null ? new(TableTransactionActionType.Add, payment) : new(TableTransactionActionType.UpdateReplace, payment, existing.ETag),
                balanceAction(balance),
            ];
            if (await SubmitAsync(billing, actions, cancellationToken))
            {
                return new FeedResult(externalId, existing is null ? FeedStatus.Created : FeedStatus.Updated, new Dictionary<string, string[]>());
            }
        }
    }

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

    /// <summary>The outcome when nothing is to be written: a replay, an older version, or a conflict.</summary>
    private static FeedResult? Decide(long? heldVersion, string? heldHash, long version, string hash, string externalId) =>
        heldVersion is not { } held ? null
        : version < held ? new FeedResult(externalId, FeedStatus.Stale, new Dictionary<string, string[]>())
        : version > held ? null
        : heldHash == hash ? new FeedResult(externalId, FeedStatus.Unchanged, new Dictionary<string, string[]>())
        : FeedResult.Rejected(externalId, "version", $"Version {held} is held with other content: a change needs a higher version.");

    private static async Task<(BalanceEntity Balance, Func<BalanceEntity, TableTransactionAction> Action)> BalanceAsync(TableClient billing, string partition, CancellationToken cancellationToken)
    {
        var found = await ReadAsync<BalanceEntity>(billing, partition, BillingKeys.Balance, cancellationToken);
        return found is null
            ? (new BalanceEntity { PartitionKey = partition }, b => new(TableTransactionActionType.Add, b))
            : (found, b => new(TableTransactionActionType.UpdateReplace, b, found.ETag));
    }

    /// <summary>True when committed; false when another write got there first (the caller reads again and retries).</summary>
    private static async Task<bool> SubmitAsync(TableClient billing, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await billing.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412)
        {
            return false;
        }
    }

    private static async Task<T?> ReadAsync<T>(TableClient billing, string partition, string row, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var found = await billing.GetEntityIfExistsAsync<T>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private static void Add(Dictionary<string, long> byDue, string date, long cents)
    {
        var total = byDue.GetValueOrDefault(date) + cents;
        if (total == 0)
        {
            byDue.Remove(date);
        }
        else
        {
            byDue[date] = total;
        }
    }

    private static Dictionary<string, string[]> ValidateInvoice(InvoiceRecord record)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        FeedValidation.ExternalIdAndVersion(record, Fail);
        ClientOf(record.ClientExternalId, Fail);
        if (!FeedValidation.IsKeySafe(record.Number, 40))
        {
            Fail("number", "Required: 1-40 characters, without / \\ # ? | or control characters.");
        }

        if (!_invoiceKinds.Contains(record.Kind))
        {
            Fail("kind", "invoice or credit-note.");
        }

        if (!_invoiceStatuses.Contains(record.Status))
        {
            Fail("status", "issued or cancelled.");
        }

        if (record.IssuedOn is null)
        {
            Fail("issuedOn", "Required (yyyy-MM-dd).");
        }

        if (record.Kind == "invoice" && record.DueOn is null)
        {
            Fail("dueOn", "Required for an invoice (yyyy-MM-dd).");
        }

        if (Cents.From(record.Amount) is null)
        {
            Fail("amount", "Required: a positive amount in euros with at most two decimals.");
        }

        return errors;
    }

    private static Dictionary<string, string[]> ValidatePayment(PaymentRecord record)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        FeedValidation.ExternalIdAndVersion(record, Fail);
        ClientOf(record.ClientExternalId, Fail);
        if (record.ReceivedOn is null)
        {
            Fail("receivedOn", "Required (yyyy-MM-dd).");
        }

        if (Cents.From(record.Amount) is null)
        {
            Fail("amount", "Required: a positive amount in euros with at most two decimals.");
        }

        return errors;
    }

    private static void ClientOf(string? clientExternalId, Action<string, string> fail)
    {
        if (!FeedValidation.IsKeySafe(clientExternalId, 100))
        {
            fail("clientExternalId", "Required: the client's external id.");
        }
    }
}
