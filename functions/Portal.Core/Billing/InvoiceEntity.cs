using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

internal sealed class InvoiceEntity : VersionedEntity
{
    public string Number { get; set; } = "";

    public string Kind { get; set; } = "";

    public string IssuedOn { get; set; } = "";

    public string DueOn { get; set; } = "";

    public long AmountCents { get; set; }

    public string Status { get; set; } = "";

    public string? BillingAccountExternalId { get; set; }

    /// <summary>A credit note's: the invoice it credits.</summary>
    public string? CreditsInvoiceExternalId { get; set; }

    /// <summary>The reference to quote when paying.</summary>
    public string? PaymentReference { get; set; }

    /// <summary>Whether the back office has sent the invoice's PDF.</summary>
    public bool HasPdf { get; set; }

    /// <summary>What the invoice adds to the client's charges: nothing once cancelled; a credit note subtracts.</summary>
    public long SignedCents =>
        Vocabulary<InvoiceStatus>.Stored(Status) == InvoiceStatus.Cancelled ? 0 : Vocabulary<InvoiceKind>.Stored(Kind) == InvoiceKind.CreditNote ? -AmountCents : AmountCents;
}
