using Portal.Core.Billing;
using Portal.Core.Payments;

namespace Portal.Functions.Payments;

/// <summary>A payment order as the client's members see it; amounts in euros.</summary>
/// <param name="Id">The order's stamp, as the bank carries it and the back office books it (<c>portalOrderId</c>).</param>
public sealed record PaymentOrderItem(
    string Id,
    string Provider,
    PaymentOrderKind Kind,
    PaymentOrderStatus Status,
    decimal Amount,
    string Currency,
    string Reference,
    string Message,
    IReadOnlyList<PaymentOrderInvoiceItem> Invoices,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? PaidAt,
    string? TransactionId,
    DateTimeOffset? BookedAt)
{
    public static PaymentOrderItem Of(PaymentOrder order) => new(
        order.Id, order.Provider, order.Kind, order.Status, Cents.ToEuros(order.Cents), order.Currency, order.Reference, order.Message,
        [.. order.Invoices.Select(i => new PaymentOrderInvoiceItem(i.Id, i.Number, i.DueOn, Cents.ToEuros(i.Cents)))],
        order.CreatedAt, order.CreatedBy, order.ExpiresAt, order.PaidAt, order.TransactionId, order.BookedAt);
}
