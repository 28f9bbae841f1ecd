using System.Text.Json.Serialization;
using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>An invoice or a credit note as the back office feeds it; amounts in euros with at most two decimals.</summary>
public sealed record InvoiceRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    string? Number,
    string? Kind,
    DateOnly? IssuedOn,
    DateOnly? DueOn,
    decimal? Amount,
    string? Status,
    string? BillingAccountExternalId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CreditsInvoiceExternalId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PaymentReference = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<InvoiceLineRecord?>? Lines = null) : IFeedRecord;
