using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Payments;

/// <summary>
/// Payment orders: made from open invoices (the sum of what is open of them at that moment) or a top-up amount, stored before the
/// payer is sent to the provider, and read back by the client's members. Making one is one transaction in the client's billing
/// partition: the order and the balance aggregate's orders in flight (If-Match), so that an invoice is in one order at a time.
/// </summary>
public sealed class PaymentOrders(
    PortalStorage storage,
    BillingViews views,
    PaymentProviders providers,
    IOptions<PaymentOptions> options,
    IOptions<PortalOptions> portal,
    AuditTrail audit,
    TimeProvider time)
{
    /// <summary>The providers a payer may choose, by id.</summary>
    public IReadOnlyList<IPaymentProvider> Providers => providers.All;

    public IPaymentProvider? Provider(string id) => providers.Find(id);

    /// <summary>Where a provider sends the payer back, and its server-to-server answer when it has no address of its own.</summary>
    public Uri ReturnAddress(string provider) => new(portal.Value.PublicBaseUrl!, $"/api/payments/{provider}/return");

    public async Task<Outcome<PaymentOrderStarted>> CreateAsync(Client client, UserAccount user, NewPaymentOrder input, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var errors = new FieldErrors();
        var provider = ChooseProvider(input.Provider, errors);
        var ids = input.InvoiceIds ?? [];
        long? topUp = null;
        if ((input.InvoiceIds is null) == (input.Amount is null))
        {
            errors.Add("invoiceIds", "Choose the invoices to pay, or an amount to top up with (one of the two).");
        }
        else if (input.Amount is { } amount)
        {
            topUp = Cents.From(amount) is { } cents && amount <= settings.MaxTopUp ? cents : null;
            if (client.BillingArrangement != BillingArrangement.AdvancePayment)
            {
                errors.Add("amount", "Only a client that pays in advance tops up with an amount; choose the invoices to pay.");
            }
            else if (topUp is null)
            {
                errors.Add("amount", $"An amount in euros from 0.01 to {settings.MaxTopUp:0.##}, with at most two decimals.");
            }
        }
        else if (ids.Count == 0 || ids.Count > settings.MaxInvoices)
        {
            errors.Add("invoiceIds", $"Choose from 1 to {settings.MaxInvoices} invoices.");
        }
        else
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (!StorageKeys.IsUsable(ids[i], 100))
                {
                    errors.At("invoiceIds", i).Add("", "Not an invoice id.");
                }
                else if (ids.Take(i).Contains(ids[i], StringComparer.Ordinal))
                {
                    errors.At("invoiceIds", i).Add("", "The invoice is chosen twice.");
                }
            }
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var stamp = PaymentKeys.NewStamp(now);
        var payments = await storage.TableAsync(StorageNames.PaymentsTable, cancellationToken);
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var claimed = false;
        for (var conflicts = 0; ; )
        {
            var (aggregate, invoices) = await views.ForPaymentAsync(client.Id, ids, RigaCalendar.DateOf(now), cancellationToken);
            var inFlight = aggregate.InFlight();
            var chosen = new List<PaymentOrderInvoice>();
            for (var i = 0; i < ids.Count; i++)
            {
                var item = errors.At("invoiceIds", i);
                if (invoices.GetValueOrDefault(ids[i]) is not { } invoice)
                {
                    item.Add("", "The client has no such invoice.");
                }
                else if (invoice.Kind != InvoiceKind.Invoice || invoice.OpenCents <= 0)
                {
                    item.Add("", $"Nothing is left to pay of {invoice.Number}.");
                }
                else
                {
                    chosen.Add(new PaymentOrderInvoice(invoice.Id, invoice.Number, invoice.DueOn, invoice.OpenCents));
                }
            }

            if (!errors.IsEmpty)
            {
                return new Failure.Invalid(errors);
            }

            if (inFlight.FirstOrDefault(order => order.Invoices.Any(i => ids.Contains(i.Id, StringComparer.Ordinal))) is { } holding)
            {
                var numbers = chosen.Where(c => holding.Invoices.Any(i => i.Id == c.Id)).Select(c => c.Number);
                return new Failure.Conflict(ProblemTypes.PaymentInProgress, "A payment of these invoices is already in progress.",
                    $"{string.Join(", ", numbers)}: {(holding.Paid ? "paid, awaiting booking" : "payment in progress")} (order {holding.Stamp}).");
            }

            if (inFlight.Count >= settings.MaxOrdersInFlight)
            {
                return new Failure.Conflict(ProblemTypes.PaymentInProgress, "Too many payments are in progress.",
                    $"The client has {inFlight.Count} orders pending or awaiting booking; wait for them to end.");
            }

            var order = NewOrder(client, user, provider!, stamp, topUp, chosen, now);
            if (!claimed)
            {
                // Index first: the stamp's row (its insert claims the stamp) and the expiry queue's, before the order exists.
                await payments.AddEntityAsync(new PaymentIndexEntity { PartitionKey = PaymentKeys.StampPartition(stamp), RowKey = "order", ClientId = client.Id, Stamp = stamp, At = now }, cancellationToken);
                await payments.UpsertEntityAsync(new PaymentIndexEntity { PartitionKey = PaymentKeys.ExpiringPartition, RowKey = PaymentKeys.Queued(order.ExpiresAt, stamp), ClientId = client.Id, Stamp = stamp, At = now }, TableUpdateMode.Replace, cancellationToken);
                claimed = true;
            }

            inFlight.Add(order.InFlight());
            aggregate.KeepInFlight(inFlight);
            try
            {
                await billing.SubmitTransactionAsync([new(TableTransactionActionType.Add, order), AggregateWrite(client.Id, aggregate)], cancellationToken);
                await audit.AppendAsync(AuditTrail.ClientChain(client.Id), user.Id, client.Id, AuditActions.PaymentOrder,
                    $"order|{stamp}|{provider!.Id}|{order.Cents}", AuditActions.Pending, origin, cancellationToken);
                var form = provider.PaymentForm(new PaymentRequest(stamp, order.Cents, order.Currency, order.Reference, order.Message, ReturnAddress(provider.Id), user.Language, now));
                return new PaymentOrderStarted(order.View(), form);
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                await Contention.BeforeRetryAsync(++conflicts, $"the balance of client {client.Id}", cancellationToken);
            }
        }
    }

    /// <summary>The aggregate as changed, on condition of the ETag it was read with; a client with none yet gets one.</summary>
    internal static TableTransactionAction AggregateWrite(string clientId, BalanceEntity aggregate)
    {
        if (aggregate.ETag == default)
        {
            aggregate.PartitionKey = BillingKeys.Partition(clientId);
            aggregate.Pack();
            return new(TableTransactionActionType.Add, aggregate);
        }

        // Only the orders column changes: merged, so the rest of the row is written by those who own it.
        var orders = new TableEntity(aggregate.PartitionKey, aggregate.RowKey) { [nameof(BalanceEntity.PaymentOrders)] = aggregate.PaymentOrders };
        return new(TableTransactionActionType.UpdateMerge, orders, aggregate.ETag);
    }

    private PaymentOrderEntity NewOrder(Client client, UserAccount user, IPaymentProvider provider, string stamp, long? topUp, List<PaymentOrderInvoice> invoices, DateTimeOffset now) => new()
    {
        PartitionKey = BillingKeys.Partition(client.Id),
        RowKey = PaymentKeys.Order(stamp),
        Stamp = stamp,
        ClientId = client.Id,
        ClientExternalId = client.ExternalId,
        Provider = provider.Id,
        Kind = (topUp is null ? PaymentOrderKind.Invoices : PaymentOrderKind.TopUp).Text(),
        Status = PaymentOrderStatus.Pending.Text(),
        Cents = topUp ?? invoices.Sum(i => i.Cents),
        Currency = options.Value.Currency,
        Reference = PaymentKeys.Reference(stamp),
        Message = Explanation(invoices),
        Invoices = JsonSerializer.Serialize(invoices, PaymentsJson.Default.ListPaymentOrderInvoice),
        CreatedAt = now,
        CreatedByUserId = user.Id,
        CreatedByName = $"{user.FirstName} {user.LastName}".Trim(),
        NotifyEmail = user.Email,
        Language = user.Language,
        ExpiresAt = now + provider.AnswerWindow,
    };

    /// <summary>What the payer's statement says (at most 95 characters): the invoice numbers, as many as fit, or that it is an advance.</summary>
    internal static string Explanation(IReadOnlyList<PaymentOrderInvoice> invoices)
    {
        if (invoices.Count == 0)
        {
            return "Avansa maksājums";
        }

        var text = "Rēķini: " + string.Join(", ", invoices.Select(i => i.Number));
        if (text.Length <= 95)
        {
            return text;
        }

        var more = $" u.c. ({invoices.Count})";
        return text[..(95 - more.Length)].TrimEnd(',', ' ') + more;
    }

    private IPaymentProvider? ChooseProvider(string? id, FieldErrors errors)
    {
        var provider = id is null ? (Providers.Count == 1 ? Providers[0] : null) : Provider(id);
        if (provider is null)
        {
            errors.Add("provider", Providers.Count == 0 ? "Payments are not offered here."
                : $"Choose the bank: {string.Join(", ", Providers.Select(p => p.Id))}.");
        }

        return provider;
    }

    /// <summary>One of the client's orders; null when it has no such order.</summary>
    public async Task<PaymentOrder?> FindAsync(string clientId, string orderId, CancellationToken cancellationToken) =>
        PaymentKeys.IsStamp(orderId) && await RowAsync(await storage.TableAsync(StorageNames.BillingTable, cancellationToken), clientId, orderId, cancellationToken) is { } row
            ? row.View()
            : null;

    /// <summary>The client's orders, newest first, a page at a time.</summary>
    public async Task<(IReadOnlyList<PaymentOrder> Items, string? ContinuationToken)> ListAsync(string clientId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var (rows, next) = await billing.RangePageAsync<PaymentOrderEntity>(BillingKeys.Partition(clientId), PaymentKeys.OrderPrefix, "order}", pageSize, continuationToken, cancellationToken);
        return ([.. rows.Select(row => row.View())], next);
    }

    internal static async Task<PaymentOrderEntity?> RowAsync(TableClient billing, string clientId, string stamp, CancellationToken cancellationToken)
    {
        var found = await billing.GetEntityIfExistsAsync<PaymentOrderEntity>(BillingKeys.Partition(clientId), PaymentKeys.Order(stamp), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }
}
