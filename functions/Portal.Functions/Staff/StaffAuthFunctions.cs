using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Staff;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/auth/sign-in: sends the browser to the identity provider (Entra ID; locally its stand-in).</summary>
public sealed class StaffSignInFunction(StaffSignIn signIn)
{
    [Function("StaffSignIn")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/auth/sign-in")] HttpRequest request)
    {
        // Only a page of the staff UI: never an open redirect.
        var returnTo = request.Query["returnTo"].ToString();
        if (!returnTo.StartsWith("/staff", StringComparison.Ordinal) || returnTo.StartsWith("//", StringComparison.Ordinal) || returnTo.Contains('\\', StringComparison.Ordinal))
        {
            returnTo = "/staff";
        }

        var (redirect, state) = await signIn.BeginAsync(returnTo, request.HttpContext.RequestAborted);
        request.HttpContext.Response.Cookies.Append(StaffSignIn.StateCookie, state, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            // Lax: the identity provider's redirect back is a top-level navigation from another site.
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = StaffSignIn.Validity,
        });
        return new RedirectResult(redirect);
    }
}

/// <summary>GET /api/staff/auth/callback: redeems the code, checks the staff role, starts a staff session.</summary>
public sealed class StaffSignInCallbackFunction(StaffSignIn signIn, SessionStore sessions, AuditTrail audit, IOptions<AccountOptions> options)
{
    [Function("StaffSignInCallback")]
    [ExternalCallback]
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
            return Fail(request.Query["error"].ToString() == "access_denied" ? "cancelled" : "failed");
        }

        var outcome = await signIn.CompleteAsync(state, code, http.RequestAborted);
        if (outcome is not StaffSignInOutcome.Succeeded succeeded)
        {
            return Fail(((StaffSignInOutcome.Failed)outcome).Reason);
        }

        var origin = ClientInfo.Origin(http);
        var issued = await sessions.StartAsync(SessionStore.StaffUserId(succeeded.Staff), origin.IpAddress, origin.UserAgent, http.RequestAborted, succeeded.Staff);
        SessionCookie.Write(http.Response, issued, options.Value);
        await audit.AppendAsync(AuditTrail.StaffChain(succeeded.Staff.Id), succeeded.Staff.Actor, clientId: null, AuditActions.StaffSignIn,
            string.Join(',', succeeded.Staff.Roles), AuditActions.Succeeded, origin, http.RequestAborted);
        return new RedirectResult(succeeded.ReturnTo);
    }

    private static RedirectResult Fail(string reason) => new($"/staff/sign-in?error={reason}");
}

public sealed record StaffMeResponse(string Id, string Name, string Email, IReadOnlyList<string> Roles);

/// <summary>GET /api/staff/me: the signed-in staff member and their roles (the staff UI shows what they allow).</summary>
public sealed class StaffMeFunction
{
    [Function("StaffMe")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/me")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();
        return new OkObjectResult(new StaffMeResponse(staff.Id, staff.Name, staff.Email, staff.Roles));
    }
}
