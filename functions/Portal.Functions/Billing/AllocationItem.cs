namespace Portal.Functions.Billing;

/// <summary>Part of a payment that settles one named invoice.</summary>
public sealed record AllocationItem(string InvoiceId, decimal Amount);
