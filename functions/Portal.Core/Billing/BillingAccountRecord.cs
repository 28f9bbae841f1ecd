using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>A client's billing account (norēķinu konts): a legal person may have several, each with its own arrangement.</summary>
public sealed record BillingAccountRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    string? Number,
    string? Name,
    string? BillingArrangement,
    string? InvoiceEmail,
    string? Status) : IFeedRecord;
