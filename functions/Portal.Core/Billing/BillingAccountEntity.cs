using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>A client's billing account (legal persons): partition "billing|{clientId}", row "account|{externalId}".</summary>
internal sealed class BillingAccountEntity : VersionedEntity
{
    public string Number { get; set; } = "";

    public string? Name { get; set; }

    public string BillingArrangement { get; set; } = "";

    public string? InvoiceEmail { get; set; }

    public string Status { get; set; } = "";
}
