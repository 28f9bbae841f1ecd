using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Functions.Access;
using Portal.Functions.Accounts;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/auth/callback: redeems the code, checks the staff role, starts a staff session.</summary>
public sealed class StaffSignInCallbackFunction(StaffSignIn signIn, SessionStore sessions, AuditTrail audit)
{
    [Function("StaffSignInCallback")]
    [ExternalCallback]
    [Responds(StatusCodes.Status302Found, Query = ["state", "code", "error"])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/auth/callback")] HttpRequest request)
    {
        var http = request.HttpContext;
        var state = request.Query["state"].ToString();
        var code = request.Query["code"].ToString();
        var bound = request.Cookies[StaffSignIn.StateCookie];
        http.Response.Cookies.Delete(StaffSignIn.StateCookie, new CookieOptions { Secure = true, SameSite = SameSiteMode.Lax, Path = "/", HttpOnly = true });
        if (state.Length == 0 || code.Length == 0 || bound != state)
        {
            return Fail(request.Query["error"].ToString() switch
            {
                "access_denied" => "cancelled",
                // A silent sign-in (prompt=none) the provider could not do without a page.
                "login_required" or "interaction_required" or "consent_required" or "account_selection_required" => "ended",
                _ => "failed",
            });
        }

        var outcome = await signIn.CompleteAsync(state, code, http.RequestAborted);
        if (outcome is not StaffSignInOutcome.Succeeded succeeded)
        {
            return Fail(((StaffSignInOutcome.Failed)outcome).Reason);
        }

        var origin = ClientInfo.Origin(http);
        var issued = await sessions.StartAsync(SessionStore.StaffUserId(succeeded.Staff), origin.IpAddress, origin.UserAgent, http.RequestAborted, succeeded.Staff);
        await SessionCookie.EndEarlierAsync(request, sessions);
        SessionCookie.Write(http.Response, issued);
        await audit.AppendAsync(AuditTrail.StaffChain(succeeded.Staff.Id), succeeded.Staff.Actor, clientId: null, AuditActions.StaffSignIn,
            string.Join(',', succeeded.Staff.Roles), AuditActions.Succeeded, origin, http.RequestAborted);
        return new RedirectResult(succeeded.ReturnTo);
    }

    private static RedirectResult Fail(string reason) => new($"/staff/sign-in?error={reason}");
}
