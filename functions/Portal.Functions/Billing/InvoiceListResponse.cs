namespace Portal.Functions.Billing;

public sealed record InvoiceListResponse(IReadOnlyList<InvoiceItem> Items, string? ContinuationToken);
