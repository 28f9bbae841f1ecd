using Portal.Core.Permits;
using Portal.Core.Submissions;

namespace Portal.Functions.Accounts;

/// <summary>The user's sign-in before this one, so that one they did not make shows.</summary>
public sealed record PreviousSignIn(DateTimeOffset At, string IpAddress, string UserAgent);

/// <param name="Charged">Invoices issued in the month less credit notes.</param>
public sealed record MonthItem(string Month, decimal Charged, decimal Received);

/// <param name="DueSoon">Falls due in the next 14 days and is not yet settled.</param>
/// <param name="Months">The last 12 months, oldest first.</param>
/// <param name="AwaitingBooking">Paid through the portal (the bank said so), not booked by ES yet: already taken off <c>due</c>.</param>
/// <param name="PaymentInProgress">In payment orders sent to the bank and not answered yet.</param>
public sealed record DashboardBilling(decimal Due, decimal Overdue, decimal DueSoon, decimal Credit, DateOnly? NextDueOn, IReadOnlyList<MonthItem> Months, decimal AwaitingBooking, decimal PaymentInProgress);

public sealed record ExpiringPermit(string Id, string Number, ServiceKind Service, DateOnly ValidTo, int DaysLeft);

/// <param name="Billing">With the finance scope: what needs paying first, and the year's charges and receipts.</param>
/// <param name="ExpiringPermits">With the technical scope: valid permits ending within 90 days, soonest first.</param>
/// <param name="ReadyReports">With the finance scope: reports made ready in the last 7 days and still kept, the newest first (at most 3).</param>
/// <param name="Submissions">With the submit scope: drafts to continue and submissions whose answer ES waits for.</param>
public sealed record DashboardClient(
    string Id, string Name, DashboardBilling? Billing, IReadOnlyList<ExpiringPermit>? ExpiringPermits, IReadOnlyList<Portal.Core.Reports.ReportNotice>? ReadyReports,
    DashboardSubmissions? Submissions);

/// <summary>A submission on the dashboard: its form's title in both languages, when it was last changed and by whom, and (a draft) when it lapses.</summary>
public sealed record DashboardSubmission(string Id, string Kind, FormTitle Title, SubmissionStatus Status, DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset? ExpiresAt);

public sealed record FormTitle(string Lv, string En);

/// <param name="DraftCount">All the client's kept drafts.</param>
/// <param name="Drafts">The last changed few (at most 3), the last first.</param>
/// <param name="InformationRequested">Sent submissions for which ES asked for information: the user answers on its page (at most 3, the newest first).</param>
public sealed record DashboardSubmissions(int DraftCount, IReadOnlyList<DashboardSubmission> Drafts, IReadOnlyList<DashboardSubmission> InformationRequested);

public sealed record DashboardResponse(PreviousSignIn? PreviousSignIn, IReadOnlyList<DashboardClient> Clients);
