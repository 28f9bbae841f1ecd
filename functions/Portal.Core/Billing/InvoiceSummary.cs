namespace Portal.Core.Billing;

public sealed record InvoiceSummary(string Id, string Number, string Kind, DateOnly IssuedOn, DateOnly DueOn, long AmountCents, string Status, bool HasPdf, string? BillingAccount);
