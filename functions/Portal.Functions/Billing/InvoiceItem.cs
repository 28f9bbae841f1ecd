using Portal.Core.Billing;

namespace Portal.Functions.Billing;

/// <param name="CreditsInvoiceId">A credit note's: the invoice it credits, if the back office named one.</param>
/// <param name="PaymentReference">The reference to quote when paying, if the back office sent one.</param>
public sealed record InvoiceItem(
    string Id, string Number, InvoiceKind Kind, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, InvoiceStatus Status, bool HasPdf, string? BillingAccount,
    string? CreditsInvoiceId, string? PaymentReference);
