namespace Portal.Functions.Payments;

/// <summary>The client's payment orders, newest first, a page at a time; and the banks a payer may choose.</summary>
public sealed record PaymentOrderListResponse(IReadOnlyList<PaymentOrderItem> Items, string? ContinuationToken, IReadOnlyList<PaymentProviderItem> Providers);
