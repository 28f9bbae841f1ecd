using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Payments;

/// <summary>
/// Settles orders exactly once from a provider's answers, whichever of its two copies (server to server, through the browser) comes
/// first: the first paid answer turns the order paid in one transaction with the aggregate's orders in flight, the confirmation email
/// and the back-office event; the other copy, or any repeat, finds it paid with the same transaction and changes nothing (it is logged). A
/// transaction id the provider gave for another order is a replay, refused. Everything refused is on an audit trail.
/// </summary>
public sealed class PaymentSettlement(
    PortalStorage storage,
    Outbox outbox,
    AuditTrail audit,
    IOptions<PaymentOptions> options,
    IOptions<PortalOptions> portal,
    TimeProvider time,
    ILogger<PaymentSettlement> log)
{
    /// <summary>The audit chain of a provider's answers that name no order of ours.</summary>
    public static string ProviderChain(string provider) => $"payments|{provider}";

    /// <summary>Reads, validates and acts on one answer of <paramref name="provider"/>; the order as it now is, or why the answer was refused.</summary>
    public async Task<Outcome<PaymentOrder>> AcceptAsync(IPaymentProvider provider, IReadOnlyDictionary<string, string> fields, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var read = provider.ReadPaymentAnswer(fields);
        if (read.Failure is { } failure)
        {
            var reason = failure is PaymentAnswerRefused refused ? refused.Reason : failure.ToString();
            return await RefuseAsync(provider.Id, null, fields.GetValueOrDefault("VK_STAMP"), reason, origin, cancellationToken);
        }

        var answer = read.Value;
        var payments = await storage.TableAsync(StorageNames.PaymentsTable, cancellationToken);
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var index = PaymentKeys.IsStamp(answer.Stamp)
            ? await payments.GetEntityIfExistsAsync<PaymentIndexEntity>(PaymentKeys.StampPartition(answer.Stamp), "order", cancellationToken: cancellationToken)
            : null;
        if (index is not { HasValue: true, Value: { } stamp }
            || await PaymentOrders.RowAsync(billing, stamp.ClientId, answer.Stamp, cancellationToken) is not { } order
            || order.Provider != provider.Id)
        {
            return await RefuseAsync(provider.Id, null, answer.Stamp, "The answer names no order of ours sent to this provider.", origin, cancellationToken);
        }

        if (Disagreement(order, answer) is { } disagreement)
        {
            return await RefuseAsync(provider.Id, order.ClientId, answer.Stamp, disagreement, origin, cancellationToken);
        }

        if (answer.Paid && order.State is PaymentOrderStatus.Paid or PaymentOrderStatus.Booked && order.TransactionId == answer.TransactionId)
        {
            // The common repeat (the other copy of the answer that settled it), known from the order as read: nothing to claim or write.
            PaymentsLog.AnswerRepeated(log, order.Stamp, Channel(answer));
            return order.View();
        }

        if (answer.Paid && await ClaimTransactionAsync(payments, answer, cancellationToken) is { } usedFor)
        {
            return await RefuseAsync(provider.Id, order.ClientId, answer.Stamp, $"Replay: transaction {answer.TransactionId} was used for order {usedFor}.", origin, cancellationToken);
        }

        return answer.Paid
            ? await PaidAsync(billing, order.ClientId, answer, origin, cancellationToken)
            : await NotPaidAsync(billing, order.ClientId, answer, origin, cancellationToken);
    }

    /// <summary>What in a validated answer does not agree with its order, or null.</summary>
    private string? Disagreement(PaymentOrderEntity order, PaymentAnswer answer) =>
        answer.Reference is { } reference && reference != order.Reference ? $"The reference {reference} is not the order's {order.Reference}."
        : !answer.Paid ? null
        : answer.Cents != order.Cents ? $"The amount {Amount(answer.Cents)} is not the order's {Amount(order.Cents)}."
        : answer.Currency != order.Currency ? $"The currency {answer.Currency} is not the order's {order.Currency}."
        : string.IsNullOrEmpty(answer.TransactionId) ? "A paid answer without the provider's transaction id."
        : null;

    private static string Amount(long? cents) => cents is { } value ? Cents.ToEuros(value).ToString("0.00", CultureInfo.InvariantCulture) : "none";

    /// <summary>Claims the provider's transaction for this order: null when it is ours (now or already), else the stamp of the order that used it.</summary>
    private static async Task<string?> ClaimTransactionAsync(TableClient payments, PaymentAnswer answer, CancellationToken cancellationToken)
    {
        var partition = PaymentKeys.TransactionPartition(answer.Provider, answer.TransactionId!);
        try
        {
            await payments.AddEntityAsync(new PaymentIndexEntity { PartitionKey = partition, RowKey = "used", Stamp = answer.Stamp, At = DateTimeOffset.UtcNow }, cancellationToken);
            return null;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            var used = await payments.GetEntityAsync<PaymentIndexEntity>(partition, "used", cancellationToken: cancellationToken);
            return used.Value.Stamp == answer.Stamp ? null : used.Value.Stamp;
        }
    }

    private async Task<Outcome<PaymentOrder>> PaidAsync(TableClient billing, string clientId, PaymentAnswer answer, AuditOrigin origin, CancellationToken cancellationToken)
    {
        for (var conflicts = 0; ; )
        {
            var order = (await PaymentOrders.RowAsync(billing, clientId, answer.Stamp, cancellationToken))!;
            var state = order.State;
            if (state is PaymentOrderStatus.Paid or PaymentOrderStatus.Booked)
            {
                if (order.TransactionId == answer.TransactionId)
                {
                    // The other copy of the answer that settled it (or the bank's repeat): logged, not audited, so the two or three
                    // copies every payment brings do not queue on the client's trail; the trail has the settlement and every refusal.
                    PaymentsLog.AnswerRepeated(log, order.Stamp, Channel(answer));
                    return order.View();
                }

                // The provider says a second payment of the same order went through: the money is the client's; staff decide.
                if (await FlagAsync(billing, order, PaymentOrderFlag.PaidTwice, $"Also paid by transaction {answer.TransactionId} ({Amount(answer.Cents)}).", cancellationToken) is { } flagged)
                {
                    await AuditAsync(flagged, AuditActions.PaymentAnswer, $"{Channel(answer)}|{answer.TransactionId}", AuditActions.Refused, origin, cancellationToken);
                    return flagged.View();
                }

                await Contention.BeforeRetryAsync(++conflicts, $"payment order {answer.Stamp}", cancellationToken);
                continue;
            }

            var now = time.GetUtcNow();
            var late = state is PaymentOrderStatus.Expired or PaymentOrderStatus.Cancelled;
            (order.Status, order.AnsweredAt, order.TransactionId, order.PaidAt, order.PayerName, order.PayerAccount) =
                (PaymentOrderStatus.Paid.Text(), now, answer.TransactionId, answer.PaidAt ?? now, answer.PayerName, answer.PayerAccount);
            if (late)
            {
                order.Flag(PaymentOrderFlag.PaidLate);
            }

            var aggregate = await BillingViews.AggregateAsync(billing, clientId, cancellationToken);
            var inFlight = aggregate.InFlight();
            inFlight.RemoveAll(o => o.Stamp == order.Stamp);
            inFlight.Add(order.InFlight());
            aggregate.KeepInFlight(inFlight);
            var partition = BillingKeys.Partition(clientId);
            try
            {
                await billing.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, order, order.ETag),
                    PaymentOrders.AggregateWrite(clientId, aggregate),
                    await outbox.PrepareAsync(StorageNames.BillingTable, partition, Confirmation(order), cancellationToken),
                    await outbox.PrepareEventAsync(StorageNames.BillingTable, partition, PaidEvent(order, now), cancellationToken),
                ], cancellationToken);
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                await Contention.BeforeRetryAsync(++conflicts, $"payment order {answer.Stamp}", cancellationToken);
                continue;
            }

            var payments = await storage.TableAsync(StorageNames.PaymentsTable, cancellationToken);
            await payments.UpsertEntityAsync(new PaymentIndexEntity
            {
                PartitionKey = PaymentKeys.BookingDuePartition, RowKey = PaymentKeys.Queued(now.AddDays(options.Value.BookingDays), order.Stamp), ClientId = clientId, Stamp = order.Stamp, At = now,
            }, TableUpdateMode.Replace, cancellationToken);
            PaymentsLog.OrderChanged(log, order.Stamp, clientId, order.Status);
            await AuditAsync(order, AuditActions.PaymentAnswer, $"{Channel(answer)}|{answer.TransactionId}|{order.Cents}", AuditActions.Succeeded, origin, cancellationToken);
            if (late)
            {
                await FlagIndexAsync(order, PaymentOrderFlag.PaidLate, $"Paid after the order was {state.Text()}: settled all the same.", cancellationToken);
            }

            return order.View();
        }
    }

    private async Task<Outcome<PaymentOrder>> NotPaidAsync(TableClient billing, string clientId, PaymentAnswer answer, AuditOrigin origin, CancellationToken cancellationToken)
    {
        for (var conflicts = 0; ; )
        {
            var order = (await PaymentOrders.RowAsync(billing, clientId, answer.Stamp, cancellationToken))!;
            if (order.State != PaymentOrderStatus.Pending)
            {
                // The other copy of the same answer, or "not paid" after a payment: a paid order stays paid.
                PaymentsLog.AnswerRepeated(log, order.Stamp, Channel(answer));
                return order.View();
            }

            var outcome = await EndAsync(billing, order, PaymentOrderStatus.Cancelled, cancellationToken);
            if (outcome)
            {
                await AuditAsync(order, AuditActions.PaymentAnswer, $"{Channel(answer)}|not-paid", AuditActions.Succeeded, origin, cancellationToken);
                return order.View();
            }

            await Contention.BeforeRetryAsync(++conflicts, $"payment order {answer.Stamp}", cancellationToken);
        }
    }

    /// <summary>
    /// Ends a pending order unpaid (<paramref name="status"/>: cancelled or expired) and frees its invoices, in one transaction with the
    /// aggregate; false when another change came first (read the order again).
    /// </summary>
    internal async Task<bool> EndAsync(TableClient billing, PaymentOrderEntity order, PaymentOrderStatus status, CancellationToken cancellationToken)
    {
        var aggregate = await BillingViews.AggregateAsync(billing, order.ClientId, cancellationToken);
        var inFlight = aggregate.InFlight();
        inFlight.RemoveAll(o => o.Stamp == order.Stamp);
        aggregate.KeepInFlight(inFlight);
        (order.Status, order.AnsweredAt) = (status.Text(), time.GetUtcNow());
        try
        {
            await billing.SubmitTransactionAsync([new(TableTransactionActionType.UpdateReplace, order, order.ETag), PaymentOrders.AggregateWrite(order.ClientId, aggregate)], cancellationToken);
            PaymentsLog.OrderChanged(log, order.Stamp, order.ClientId, order.Status);
            return true;
        }
        catch (RequestFailedException exception) when (Contention.IsConflict(exception))
        {
            return false;
        }
    }

    /// <summary>Marks the order with <paramref name="flag"/> (If-Match) and puts it on staff's list; null when the order changed first.</summary>
    internal async Task<PaymentOrderEntity?> FlagAsync(TableClient billing, PaymentOrderEntity order, PaymentOrderFlag flag, string detail, CancellationToken cancellationToken)
    {
        if (!order.FlagList().Contains(flag))
        {
            order.Flag(flag);
            try
            {
                order.ETag = (await billing.UpdateEntityAsync(order, order.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? order.ETag;
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                return null;
            }
        }

        await FlagIndexAsync(order, flag, detail, cancellationToken);
        return order;
    }

    /// <summary>Staff's list of orders to look at, and the operators' alert (the log event), for a flag already on the order.</summary>
    internal async Task FlagIndexAsync(PaymentOrderEntity order, PaymentOrderFlag flag, string detail, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payments = await storage.TableAsync(StorageNames.PaymentsTable, cancellationToken);
        await payments.UpsertEntityAsync(new PaymentIndexEntity
        {
            PartitionKey = PaymentKeys.FlaggedPartition, RowKey = $"{PaymentKeys.Queued(order.CreatedAt, order.Stamp)}|{flag.Text()}", ClientId = order.ClientId, Stamp = order.Stamp,
            Flag = flag.Text(), Detail = detail, At = now,
        }, TableUpdateMode.Replace, cancellationToken);
        PaymentsLog.OrderFlagged(log, order.Stamp, order.ClientId, flag.Text(), detail);
    }

    private async Task<Outcome<PaymentOrder>> RefuseAsync(string provider, string? clientId, string? stamp, string reason, AuditOrigin origin, CancellationToken cancellationToken)
    {
        PaymentsLog.AnswerRefused(log, provider, reason);
        var target = $"{provider}|{(stamp is { Length: <= 40 } ? stamp : "?")}|{(reason.Length > 300 ? reason[..300] : reason)}";
        await audit.AppendAsync(clientId is null ? ProviderChain(provider) : AuditTrail.ClientChain(clientId), provider, clientId, AuditActions.PaymentAnswer, target, AuditActions.Refused, origin, cancellationToken);
        return new PaymentAnswerRefused(provider, reason);
    }

    private Task AuditAsync(PaymentOrderEntity order, string action, string detail, string result, AuditOrigin origin, CancellationToken cancellationToken) =>
        audit.AppendAsync(AuditTrail.ClientChain(order.ClientId), order.Provider, order.ClientId, action, $"order|{order.Stamp}|{detail}", result, origin, cancellationToken);

    private static string Channel(PaymentAnswer answer) => answer.FromServer ? "server" : "browser";

    private EmailMessage Confirmation(PaymentOrderEntity order) => new(order.NotifyEmail, order.Language, EmailTemplates.PaymentReceived, new Dictionary<string, string>
    {
        ["amount"] = Cents.ToEuros(order.Cents).ToString("0.00", CultureInfo.InvariantCulture) + " " + order.Currency,
        ["order"] = order.Stamp,
        ["explanation"] = order.Message,
        ["time"] = EmailTemplates.RigaTime(order.PaidAt ?? time.GetUtcNow()),
        ["orderLink"] = portal.Value.LinkTo($"/payment?client={order.ClientId}&order={order.Stamp}"),
    });

    private static BackOfficeEvent PaidEvent(PaymentOrderEntity order, DateTimeOffset now) => new(BackOfficeEventTypes.PaymentOrderPaid, now, new Dictionary<string, string?>
    {
        ["clientId"] = order.ClientId,
        ["clientExternalId"] = order.ClientExternalId,
        ["portalOrderId"] = order.Stamp,
        ["provider"] = order.Provider,
        ["transactionId"] = order.TransactionId,
        ["amount"] = Cents.ToEuros(order.Cents).ToString("0.00", CultureInfo.InvariantCulture),
        ["currency"] = order.Currency,
        ["reference"] = order.Reference,
        ["invoiceExternalIds"] = string.Join(',', order.InvoiceList().Select(i => i.Id)),
        ["paidAt"] = order.PaidAt?.ToString("O", CultureInfo.InvariantCulture),
        ["payerName"] = order.PayerName,
        ["payerAccount"] = order.PayerAccount,
        ["late"] = order.FlagList().Contains(PaymentOrderFlag.PaidLate) ? "true" : "false",
    });
}
