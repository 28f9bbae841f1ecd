namespace Portal.Core.Payments;

/// <summary>A payment order as its client's members see it.</summary>
/// <param name="Id">The order's stamp: the bank's <c>VK_STAMP</c> and the back office's <c>portalOrderId</c>.</param>
/// <param name="Provider">The provider (bank) it was sent to.</param>
/// <param name="Reference">The payment reference the payment carries.</param>
/// <param name="ExpiresAt">When a pending order with no answer expires.</param>
/// <param name="TransactionId">The provider's id of the payment, once paid.</param>
public sealed record PaymentOrder(
    string Id,
    string ClientId,
    string Provider,
    PaymentOrderKind Kind,
    PaymentOrderStatus Status,
    long Cents,
    string Currency,
    string Reference,
    string Message,
    IReadOnlyList<PaymentOrderInvoice> Invoices,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? PaidAt,
    string? TransactionId,
    DateTimeOffset? BookedAt,
    IReadOnlyList<PaymentOrderFlag> Flags);
