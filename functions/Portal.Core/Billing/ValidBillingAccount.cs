using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>A billing account that passed validation: texts trimmed (empty ones null), words typed.</summary>
internal sealed record ValidBillingAccount(
    string ExternalId,
    long Version,
    string ClientExternalId,
    string Number,
    string? Name,
    BillingArrangement Arrangement,
    string? InvoiceEmail,
    BillingAccountStatus Status) : IValidFeedRecord;
