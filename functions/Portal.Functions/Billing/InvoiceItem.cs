using Portal.Core.Billing;

namespace Portal.Functions.Billing;

public sealed record InvoiceItem(string Id, string Number, InvoiceKind Kind, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, InvoiceStatus Status, bool HasPdf, string? BillingAccount);
