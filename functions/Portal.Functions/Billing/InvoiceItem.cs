namespace Portal.Functions.Billing;

public sealed record InvoiceItem(string Id, string Number, string Kind, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, string Status, bool HasPdf, string? BillingAccount);
