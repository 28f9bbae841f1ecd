namespace Portal.Core.Billing;

public sealed record BillingAccount(string Id, string Number, string? Name, string BillingArrangement, string? InvoiceEmail, string Status);
