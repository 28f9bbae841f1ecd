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

    /// <summary>What payments naming this invoice allocate to it, in all (their current versions).</summary>
    public long AllocatedCents { get; set; }

    /// <summary>What credit notes in force naming this invoice credit, in all.</summary>
    public long CreditedCents { get; set; }

    /// <summary>
    /// The record's row only (index rows leave it out): JSON, "payment|{externalId}" or
    /// "credit-note|{externalId}" to the cents that record settles of this invoice.
    /// </summary>
    public string? Settlements { get; set; }

    /// <summary>The record's row only: JSON, the invoice's lines (<see cref="InvoiceLine"/>); null when the back office sent none.</summary>
    public string? Lines { get; set; }

    /// <summary>An invoice in force: one that payments settle (not a credit note, not cancelled).</summary>
    public bool IsPayable => Vocabulary<InvoiceKind>.Stored(Kind) == InvoiceKind.Invoice && Vocabulary<InvoiceStatus>.Stored(Status) == InvoiceStatus.Issued;

    /// <summary>A credit note in force: its amount goes to the client's credit.</summary>
    public bool IsCreditInForce => Vocabulary<InvoiceKind>.Stored(Kind) == InvoiceKind.CreditNote && Vocabulary<InvoiceStatus>.Stored(Status) == InvoiceStatus.Issued;

    // The next three are worked out from the fields above whenever read; they are stored (the setters
    // drop what is read back) only so that the invoice list can filter by state on the server.

    /// <summary>What payments and credit notes settle of it by name (never more than its amount).</summary>
    public long NamedCents
    {
        get => IsPayable ? Math.Min(AmountCents, AllocatedCents + CreditedCents) : 0;
        set { }
    }

    /// <summary>What is left for the client's unnamed money to settle, oldest due first.</summary>
    public long UnnamedOpenCents
    {
        get => IsPayable ? AmountCents - NamedCents : 0;
        set { }
    }

    /// <summary>Credit notes naming it cover its whole amount.</summary>
    public bool CreditedWhole
    {
        get => IsPayable && CreditedCents >= AmountCents;
        set { }
    }

    /// <summary>What the invoice adds to the client's charges: nothing once cancelled; a credit note subtracts.</summary>
    public long SignedCents =>
        Vocabulary<InvoiceStatus>.Stored(Status) == InvoiceStatus.Cancelled ? 0 : Vocabulary<InvoiceKind>.Stored(Kind) == InvoiceKind.CreditNote ? -AmountCents : AmountCents;
}
