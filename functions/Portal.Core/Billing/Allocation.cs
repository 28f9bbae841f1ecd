namespace Portal.Core.Billing;

/// <summary>Part of a payment the back office names as settling one invoice of the same client.</summary>
public sealed record Allocation(string InvoiceExternalId, long AmountCents);
