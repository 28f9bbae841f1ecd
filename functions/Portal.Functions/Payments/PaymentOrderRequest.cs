namespace Portal.Functions.Payments;

/// <summary>What to pay: <c>invoiceIds</c> (open invoices of the client) or <c>amount</c> (a top-up, euros); <c>provider</c> may be left out when one bank is offered.</summary>
public sealed record PaymentOrderRequest(IReadOnlyList<string>? InvoiceIds, decimal? Amount, string? Provider);
