using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Audit;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Permits;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Accounts;

/// <summary>
/// GET /api/me/dashboard: where sign-in lands. For each client the user acts for, within their scopes,
/// what needs attention first (overdue and due-soon amounts, permits ending within 90 days, reports ready),
/// then the balance and the last 12 months; and the previous sign-in. Each client costs one read per
/// scope, all side by side: the balance aggregate's point read (finance; it also names the reports made ready
/// lately), one range of the permits' end-date index (technical), and one range of the client's newest submission rows,
/// their content left out, as the submissions list reads it (submit).
/// </summary>
public sealed class DashboardFunction(ClientStore clients, BillingViews billing, PermitViews permits, Core.Submissions.Submissions submissions, FormCatalog forms, AuditTrail audit, TimeProvider time)
{
    /// <summary>How many drafts, and how many submissions waiting for an answer, a client shows (the count says how many drafts in all).</summary>
    public const int SubmissionsShown = 3;

    /// <summary>How far ahead a permit's end counts as "expiring soon".</summary>
    public const int ExpiringDays = 90;

    /// <summary>How long a ready report is news on the dashboard (the reports page lists them all).</summary>
    public const int ReadyReportDays = 7;

    [Function("Dashboard")]
    [SignedInUser]
    [Responds(typeof(DashboardResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/dashboard")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();
        var cancellationToken = request.HttpContext.RequestAborted;
        var now = time.GetUtcNow();
        var today = RigaCalendar.DateOf(now);
        var previous = PreviousSignInAsync(user, cancellationToken);
        var memberships = await clients.MembershipsAsync(user.Account.Id, cancellationToken);
        var shown = await Task.WhenAll(memberships.OrderBy(m => m.ClientName, StringComparer.CurrentCulture).Select(async membership =>
        {
            var overview = membership.Scopes.Contains(Scope.Finance) ? billing.OverviewAsync(membership.ClientId, today, now.AddDays(-ReadyReportDays), now, cancellationToken) : null;
            var expiring = membership.Scopes.Contains(Scope.Technical) ? permits.ExpiringAsync(membership.ClientId, today, today.AddDays(ExpiringDays), cancellationToken) : null;
            var waiting = await SubmitsAsync(membership, cancellationToken) ? submissions.WaitingAsync(membership.ClientId, SubmissionsShown, cancellationToken) : null;
            var shownOverview = overview is null ? null : await overview;
            return new DashboardClient(
                membership.ClientId,
                membership.ClientName,
                shownOverview is null ? null : Billing(shownOverview),
                expiring is null ? null : [.. (await expiring).Select(p => new ExpiringPermit(p.Id, p.Number, p.ServiceKind, p.ValidTo!.Value, p.ValidTo.Value.DayNumber - today.DayNumber))],
                shownOverview?.ReadyReports,
                waiting is null ? null : Waiting(await waiting));
        }));
        return new OkObjectResult(new DashboardResponse(await previous, shown));
    }

    /// <summary>Whether the user may use the client's submissions: the scope, and the service as the client's kind allows it (its row read only when the rule asks more).</summary>
    private async Task<bool> SubmitsAsync(Membership membership, CancellationToken cancellationToken)
    {
        var rule = ClientServices.For(ClientServices.Submissions);
        if (!membership.Scopes.Contains(Scope.Submit) || !rule.Kinds.Contains(membership.ClientKind))
        {
            return false;
        }

        return (rule.Arrangements is null && !rule.NeedsRegisteredService)
            || (await clients.GetAsync(membership.ClientId, cancellationToken) is { } client && ClientServices.Serves(rule, client));
    }

    private DashboardSubmissions Waiting(SubmissionsWaiting waiting)
    {
        DashboardSubmission Shown(SubmissionSummary s) => new(
            s.Id, s.Kind, forms.Find(s.Kind, s.FormVersion) is { } form ? new FormTitle(form.TitleIn("lv"), form.TitleIn("en")) : new FormTitle(s.Kind, s.Kind),
            s.Status, s.UpdatedAt, s.UpdatedBy, s.Status == SubmissionStatus.Draft ? s.ExpiresAt : null);
        return new(waiting.DraftCount, [.. waiting.Drafts.Select(Shown)], [.. waiting.Answers.Select(Shown)]);
    }

    private static DashboardBilling Billing(BillingOverview overview) => new(
        Cents.ToEuros(overview.Balance.DueCents), Cents.ToEuros(overview.Balance.OverdueCents), Cents.ToEuros(overview.DueSoonCents), Cents.ToEuros(overview.Balance.CreditCents),
        overview.Balance.NextDueOn, [.. overview.Months.Select(m => new MonthItem(m.Month, Cents.ToEuros(m.ChargedCents), Cents.ToEuros(m.ReceivedCents)))],
        Cents.ToEuros(overview.Balance.AwaitingBookingCents), Cents.ToEuros(overview.Balance.InProgressCents));

    /// <summary>The newest successful sign-in before this session began, from the user's own trail (its newest 50 records).</summary>
    private async Task<PreviousSignIn?> PreviousSignInAsync(SignedIn user, CancellationToken cancellationToken)
    {
        var (records, _) = await audit.ReadAsync(AuditTrail.UserChain(user.Account.Id), 50, null, cancellationToken);
        var before = user.Session.CreatedAt.AddSeconds(-2);
        return records.FirstOrDefault(r => r.Action == AuditActions.SignIn && r.Result == AuditActions.Succeeded && r.At < before) is { } found
            ? new PreviousSignIn(found.At, found.IpAddress, found.UserAgent)
            : null;
    }
}
