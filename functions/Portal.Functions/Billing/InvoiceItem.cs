using Portal.Core.Billing;

namespace Portal.Functions.Billing;

/// <param name="CreditsInvoiceId">A credit note's: the invoice it credits, if the back office named one.</param>
/// <param name="PaymentReference">The reference to quote when paying, if the back office sent one.</param>
/// <param name="State">The invoice's own state, decided when read: open, partly-paid, paid, overdue (something left to pay after the due date, Riga time), cancelled, credited; a credit note in force is applied.</param>
/// <param name="Credited">What credit notes naming the invoice credit of it.</param>
/// <param name="Allocated">What payments naming the invoice settle of it.</param>
/// <param name="OldestFirst">What the client's payments that name no invoice settle of it: they settle invoices oldest due first.</param>
/// <param name="Open">What is left to pay.</param>
public sealed record InvoiceItem(
    string Id, string Number, InvoiceKind Kind, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, InvoiceStatus Status, bool HasPdf, string? BillingAccount,
    string? CreditsInvoiceId, string? PaymentReference, InvoiceState State, decimal Credited, decimal Allocated, decimal OldestFirst, decimal Open, InvoicePayment? Payment)
{
    public static InvoiceItem Of(InvoiceSummary i) => new(
        i.Id, i.Number, i.Kind, i.IssuedOn, i.DueOn, Cents.ToEuros(i.AmountCents), i.Status, i.HasPdf, i.BillingAccount, i.CreditsInvoiceId, i.PaymentReference,
        i.State, Cents.ToEuros(i.CreditedCents), Cents.ToEuros(i.AllocatedCents), Cents.ToEuros(i.OldestFirstCents), Cents.ToEuros(i.OpenCents), i.Payment);
}
