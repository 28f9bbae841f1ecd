using Portal.Core.Billing;

namespace Portal.Functions.Billing;

/// <param name="Amount">Without VAT.</param>
public sealed record InvoiceLineItem(string Description, decimal Quantity, string? Unit, decimal UnitPrice, decimal VatRate, decimal Amount);

/// <param name="Net">The lines' amounts at this rate, without VAT.</param>
public sealed record VatTotalItem(decimal Rate, decimal Net, decimal Vat);

/// <param name="Kind">payment or credit-note.</param>
/// <param name="On">When the payment was received, or the credit note issued.</param>
/// <param name="Number">A credit note's number.</param>
public sealed record SettlementItem(string Kind, string Id, DateOnly? On, string? Number, decimal Amount);

/// <summary>What to quote when paying: ES's name and account, and the invoice's reference (its number when it has none).</summary>
public sealed record PaymentDetailsItem(string Payee, string? Account, string? Bank, string Reference);

/// <param name="Settlements">The payments and credit notes that name this invoice; the invoice's oldestFirst is what payments naming none settle.</param>
public sealed record InvoiceDetailResponse(
    InvoiceItem Invoice, IReadOnlyList<InvoiceLineItem> Lines, IReadOnlyList<VatTotalItem> VatTotals, IReadOnlyList<SettlementItem> Settlements, PaymentDetailsItem PaymentDetails)
{
    public static InvoiceDetailResponse Of(InvoiceDetail detail) => new(
        InvoiceItem.Of(detail.Invoice),
        [.. detail.Lines.Select(l => new InvoiceLineItem(l.Description, l.Quantity, l.Unit, l.UnitPrice, l.VatRate, Cents.ToEuros(l.AmountCents)))],
        [.. detail.VatTotals.Select(v => new VatTotalItem(v.Rate, Cents.ToEuros(v.NetCents), Cents.ToEuros(v.VatCents)))],
        [.. detail.Settlements.Select(s => new SettlementItem(s.Kind, s.Id, s.On, s.Number, Cents.ToEuros(s.Cents)))],
        new PaymentDetailsItem(detail.PayeeName, detail.PayeeAccount, detail.PayeeBank, detail.Invoice.PaymentReference ?? detail.Invoice.Number));
}
