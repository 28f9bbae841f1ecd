using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>An invoice or credit note that passed validation: its number trimmed, its words typed, its amount in cents, a credit note's due date its issue date.</summary>
internal sealed record ValidInvoice(
    string ExternalId,
    long Version,
    string ClientExternalId,
    string Number,
    InvoiceKind Kind,
    InvoiceStatus Status,
    DateOnly IssuedOn,
    DateOnly DueOn,
    long AmountCents,
    string? BillingAccountExternalId,
    string? CreditsInvoiceExternalId,
    string? PaymentReference,
    IReadOnlyList<InvoiceLine> Lines) : IValidFeedRecord;
