namespace Portal.Core.Billing;

/// <summary>What settles an invoice by name: a payment or a credit note, with its date (and a credit note's number).</summary>
public sealed record InvoiceSettlement(string Kind, string Id, DateOnly? On, string? Number, long Cents);

/// <summary>One VAT rate's totals over an invoice's lines.</summary>
public sealed record VatTotal(decimal Rate, long NetCents, long VatCents);

/// <summary>
/// An invoice with its lines, VAT totals, what settled it and how, and what to quote when paying.
/// </summary>
public sealed record InvoiceDetail(
    InvoiceSummary Invoice,
    IReadOnlyList<InvoiceLine> Lines,
    IReadOnlyList<VatTotal> VatTotals,
    IReadOnlyList<InvoiceSettlement> Settlements,
    string PayeeName,
    string? PayeeAccount,
    string? PayeeBank);
