namespace Portal.Core.Billing;

public sealed record BillingAccount(string Id, string Number, string? Name, BillingArrangement BillingArrangement, string? InvoiceEmail, BillingAccountStatus Status);
