using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/auth/sign-in: sends the browser to the identity provider (Entra ID; locally its stand-in).</summary>
public sealed class StaffSignInFunction(StaffSignIn signIn)
{
    [Function("StaffSignIn")]
    [Anonymous]
    // Anyone may start one, and each writes a pending row: limited per address.
    [ThrottledPerIp(IpThrottle.StaffSignInName)]
    [Responds(StatusCodes.Status302Found, Query = ["returnTo", "prompt"], Problems = [ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/auth/sign-in")] HttpRequest request)
    {
        // Only a page of the staff UI: never an open redirect.
        var returnTo = request.Query["returnTo"].ToString();
        if (!returnTo.StartsWith("/staff", StringComparison.Ordinal) || returnTo.StartsWith("//", StringComparison.Ordinal) || returnTo.Contains('\\', StringComparison.Ordinal))
        {
            returnTo = "/staff";
        }

        // prompt=none: the staff UI renewing an ended session, without a page where the provider allows it.
        var silent = request.Query["prompt"].ToString() == "none";
        var (redirect, state) = await signIn.BeginAsync(returnTo, silent, request.HttpContext.RequestAborted);
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
