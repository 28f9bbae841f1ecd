namespace Portal.Core.Billing;

/// <summary>
/// How far the client's unnamed money reaches, oldest due first: all the invoice list needs of the open amounts by due date
/// to filter and settle its rows. It depends on the open amounts and the unnamed money alone, not on the day, so the aggregate
/// stores it whenever it is packed (<see cref="BalanceEntity.Pack"/>) and the list reads these few properties, not the dates.
/// </summary>
/// <param name="PaidThrough">The last due date (yyyy-MM-dd) up to which the unnamed money settles every open amount whole, or null.</param>
/// <param name="SplitDate">The one due date (yyyy-MM-dd) whose invoices the unnamed money settles in part, or null.</param>
/// <param name="LeftOnSplitDate">What the unnamed money has left when it reaches the split date (0 without one).</param>
internal sealed record OldestFirstReach(string? PaidThrough, string? SplitDate, long LeftOnSplitDate)
{
    /// <summary>
    /// What the unnamed money settles of one invoice. <paramref name="openBeforeOnItsDate"/> is what
    /// the invoices due the same day and ordered before it leave open; it is read only on the split date.
    /// </summary>
    public long Settles(InvoiceEntity invoice, long openBeforeOnItsDate)
    {
        var open = invoice.UnnamedOpenCents;
        return open == 0 ? 0
            : PaidThrough is not null && string.CompareOrdinal(invoice.DueOn, PaidThrough) <= 0 ? open
            : invoice.DueOn == SplitDate ? Math.Clamp(LeftOnSplitDate - openBeforeOnItsDate, 0, open)
            : 0;
    }
}
