namespace Portal.Core.Billing;

public sealed record InvoiceSummary(
    string Id, string Number, InvoiceKind Kind, DateOnly IssuedOn, DateOnly DueOn, long AmountCents, InvoiceStatus Status, bool HasPdf, string? BillingAccount,
    string? CreditsInvoiceId, string? PaymentReference);
