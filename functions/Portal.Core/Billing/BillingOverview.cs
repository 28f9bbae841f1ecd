namespace Portal.Core.Billing;

/// <summary>One month's charges (invoices issued less credit notes) and receipts.</summary>
public sealed record MonthFigures(string Month, long ChargedCents, long ReceivedCents);

/// <param name="DueSoonCents">Falls due in the next <see cref="BillingViews.DueSoonDays"/> days and is not yet settled.</param>
/// <param name="Months">The last 12 months, oldest first.</param>
/// <param name="ReadyReports">The client's reports made ready lately and still kept, the newest first.</param>
public sealed record BillingOverview(Balance Balance, long DueSoonCents, IReadOnlyList<MonthFigures> Months, IReadOnlyList<Reports.ReportNotice> ReadyReports);
