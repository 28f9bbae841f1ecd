using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Core.Terms;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Access;

/// <summary>The portal user behind a request's session cookie, checked on every call.</summary>
public sealed class SessionGate(SessionStore sessions, AccountStore accounts, TermsCatalog terms, TimeProvider time, IOptions<AccountOptions> options)
{
    /// <summary>Header the UI puts on calls it makes by itself (polling): they do not keep a session alive.</summary>
    public const string BackgroundHeader = "X-Portal-Background";

    /// <summary>A call the UI made by itself: it does not extend the session.</summary>
    public static bool IsBackground(HttpRequest request) =>
        string.Equals(request.Headers[BackgroundHeader], "true", StringComparison.OrdinalIgnoreCase);

    public async Task<(SignedIn? User, IActionResult? Problem)> AuthenticateAsync(HttpRequest request, SessionRequirement requirement)
    {
        var http = request.HttpContext;
        var cancellationToken = http.RequestAborted;
        var token = SessionCookie.Read(request);
        // The version of the terms in force depends on nothing: it is read beside the session.
        var readingTerms = token is null ? Task.FromResult<int?>(null) : terms.CurrentVersionNumberAsync(cancellationToken);
        var session = token is null ? null : await sessions.FindAsync(token, cancellationToken);
        var account = session is null || session.Staff is not null ? null : await accounts.GetAsync(session.UserId, cancellationToken);
        if (token is null || session is null || account is null || account.Status != AccountStatus.Active)
        {
            // A staff session is not a portal user's, but it stays: the staff pages use it.
            if (token is not null && session?.Staff is null)
            {
                SessionCookie.Clear(http.Response);
            }

            return (null, Problems.Unauthorized(http, ProblemTypes.SessionRequired, "Sign in to continue.", "There is no session, or it has ended."));
        }

        if (!IsBackground(request))
        {
            session = await sessions.TouchAsync(token, session, cancellationToken);
        }

        var user = Describe(account, session, token, await readingTerms);

        if (requirement == SessionRequirement.Complete && user.MustChangePassword)
        {
            return (null, Problems.Forbidden(http, ProblemTypes.PasswordChangeRequired, "Change your password first.", "The password has expired or ES has asked for a new one (§15.3)."));
        }

        if (requirement == SessionRequirement.Complete && user.MustAcceptTerms)
        {
            return (null, Problems.Forbidden(http, ProblemTypes.TermsAcceptanceRequired, "Accept the current terms of use first.", "The terms of use have changed since you last accepted them (§30)."));
        }

        return (user, null);
    }

    /// <summary>The user of a session together with the steps they still have to take.</summary>
    /// <param name="currentTerms">The version of the terms in force (<see cref="TermsCatalog.CurrentVersionNumberAsync"/>), read beside other work.</param>
    public SignedIn Describe(UserAccount account, PortalSession session, string token, int? currentTerms) => new(
        account,
        session,
        token,
        account.PasswordChangeDue(time.GetUtcNow(), options.Value),
        currentTerms is { } version && account.AcceptedTermsVersion < version);
}
