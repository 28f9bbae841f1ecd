using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>GET /api/auth/vpm/sign-in: sends the browser to Latvija.lv's unified login (§2.8), the sign-in bound to it by a cookie.</summary>
public sealed class VpmSignInFunction(ExternalProtocols protocols, ExternalSignIns signIns)
{
    [Function("VpmSignIn")]
    [Anonymous]
    // Anyone may start one, and each writes a pending row: limited per address.
    [ThrottledPerIp(IpThrottle.ExternalSignInName)]
    [Responds(StatusCodes.Status302Found, Query = ["returnTo"], Problems = [ProblemTypes.TooManyRequests, ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "auth/vpm/sign-in")] HttpRequest request) =>
        await ExternalSignInStart.RedirectAsync(request, protocols.Find(ExternalProviders.Vpm), signIns);
}

/// <summary>
/// The start of a sign-in through any provider: where it returns to is a page of the portal, never another site. The browser goes to
/// the provider by a redirect, or, where the provider takes a posted form (a bank), by a page that posts it (<see cref="ProviderFormPage"/>).
/// </summary>
internal static class ExternalSignInStart
{
    public static async Task<IActionResult> RedirectAsync(HttpRequest request, IExternalSignInProtocol? protocol, ExternalSignIns signIns)
    {
        var http = request.HttpContext;
        if (protocol is null)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "This way of signing in is not offered.");
        }

        await signIns.ForgetAsync(ExternalSignInCookie.Read(request), http.RequestAborted);
        var start = await signIns.StartAsync(protocol.Provider, ReturnTo(request.Query["returnTo"].ToString()), linkingUserId: null, http.RequestAborted);
        ExternalSignInCookie.Write(http.Response, start.Cookie);
        return Go(http.Response, protocol.SignInRedirect(start.State));
    }

    /// <summary>A redirect to the provider's address, or the page that posts its form there.</summary>
    public static IActionResult Go(HttpResponse response, ExternalRedirect redirect) =>
        redirect.Form is null ? new RedirectResult(redirect.Address.AbsoluteUri) : ProviderFormPage.Result(response, redirect.Address, redirect.Form);

    /// <summary>A path of the client UI; anything else (another site, the staff pages, a scheme-relative URL) is the dashboard.</summary>
    public static string ReturnTo(string returnTo) =>
        returnTo.StartsWith('/') && !returnTo.StartsWith("//", StringComparison.Ordinal) && !returnTo.Contains('\\', StringComparison.Ordinal)
            && !returnTo.StartsWith("/staff", StringComparison.Ordinal) && !returnTo.StartsWith("/api/", StringComparison.Ordinal) && returnTo.Length <= 512
            ? returnTo
            : "/";
}
