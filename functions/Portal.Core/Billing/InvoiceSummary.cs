namespace Portal.Core.Billing;

/// <param name="State">Decided when read (<see cref="InvoiceState"/>).</param>
/// <param name="CreditedCents">What credit notes naming the invoice credit of it.</param>
/// <param name="AllocatedCents">What payments naming the invoice settle of it.</param>
/// <param name="OldestFirstCents">What the client's payments that name no invoice settle of it, oldest due first.</param>
/// <param name="OpenCents">What is left to pay.</param>
/// <param name="Payment">The payment order in flight that holds it (paid and awaiting booking, or in progress), or null.</param>
public sealed record InvoiceSummary(
    string Id, string Number, InvoiceKind Kind, DateOnly IssuedOn, DateOnly DueOn, long AmountCents, InvoiceStatus Status, bool HasPdf, string? BillingAccount,
    string? CreditsInvoiceId, string? PaymentReference, InvoiceState State, long CreditedCents, long AllocatedCents, long OldestFirstCents, long OpenCents,
    InvoicePayment? Payment = null)
{
    /// <summary>An invoice's figures and state from its row and what the unnamed money settles of it.</summary>
    internal static InvoiceSummary Of(InvoiceEntity row, long oldestFirstCents, DateOnly today, string? billingAccount)
    {
        var (kind, status, dueOn) = (Vocabulary<InvoiceKind>.Stored(row.Kind), Vocabulary<InvoiceStatus>.Stored(row.Status), BillingKeys.ParseDate(row.DueOn));
        var (credited, allocated, open, state) = (0L, 0L, 0L, status == InvoiceStatus.Cancelled ? InvoiceState.Cancelled : InvoiceState.Applied);
        if (row.IsPayable)
        {
            credited = Math.Min(row.AmountCents, row.CreditedCents);
            allocated = Math.Min(row.AmountCents - credited, row.AllocatedCents);
            open = row.AmountCents - credited - allocated - oldestFirstCents;
            state = credited == row.AmountCents ? InvoiceState.Credited
                : open == 0 ? InvoiceState.Paid
                : dueOn < today ? InvoiceState.Overdue
                : open < row.AmountCents ? InvoiceState.PartlyPaid
                : InvoiceState.Open;
        }

        return new InvoiceSummary(
            row.ExternalId, row.Number, kind, BillingKeys.ParseDate(row.IssuedOn), dueOn, row.AmountCents, status, row.HasPdf, billingAccount,
            row.CreditsInvoiceExternalId, row.PaymentReference, state, credited, allocated, oldestFirstCents, open);
    }
}
