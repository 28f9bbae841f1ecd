namespace Portal.Functions.Billing;

public sealed record PaymentListResponse(IReadOnlyList<PaymentItem> Items, string? ContinuationToken);
