using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>
/// The profile's ways in (§2.8): <c>GET /api/me/logins</c> lists them; <c>POST /api/me/logins/{provider}</c> begins linking one (the
/// password first, then the provider's sign-in, whose answer links it); <c>DELETE /api/me/logins/{provider}</c> removes one (the password
/// first; the last way in stays).
/// </summary>
public sealed class MyLoginsFunctions(AccountStore accounts, ExternalProtocols protocols, ExternalSignIns signIns)
{
    [Function("MyLogins")]
    [SignedInUser]
    [Responds(typeof(LoginsResponse))]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/logins")] HttpRequest request)
    {
        var account = request.Proven<SignedIn>().Account;
        var logins = await accounts.LoginsAsync(account.Id, request.HttpContext.RequestAborted);
        return new OkObjectResult(new LoginsResponse(
            account.HasPassword,
            [.. logins.Select(login => new LoginItem(login.Provider, protocols.DisplayName(login.Provider), login.LinkedAt, login.LastUsedAt, login.Method))],
            [.. protocols.Offered.Where(p => p.LinksFromProfile && logins.All(login => login.Provider != p.Provider)).Select(p => p.Provider)]));
    }

    [Function("LinkLogin")]
    [SignedInUser]
    [Responds(typeof(ExternalRedirectResponse), Request = [typeof(LoginStepUpRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Link(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/logins/{provider}")] HttpRequest request, string provider)
    {
        var http = request.HttpContext;
        if (protocols.Find(provider) is not { LinksFromProfile: true } protocol)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "This way of signing in is not offered.");
        }

        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.LoginStepUpRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var outcome = await signIns.BeginLinkAsync(request.Proven<SignedIn>().Account, protocol.Provider, read.Value.CurrentPassword, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, start =>
        {
            ExternalSignInCookie.Write(http.Response, start.Cookie);
            // The UI follows an address. A provider whose sign-in is a posted form (a bank) needs the form in this answer before
            // ExternalProtocols may offer it.
            return new OkObjectResult(new ExternalRedirectResponse(protocol.SignInRedirect(start.State).Address.AbsoluteUri));
        });
    }

    [Function("UnlinkLogin")]
    [SignedInUser]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(LoginStepUpRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests, ProblemTypes.Conflict])]
    public async Task<IActionResult> Unlink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/logins/{provider}")] HttpRequest request, string provider)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.LoginStepUpRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var outcome = await signIns.UnlinkAsync(request.Proven<SignedIn>().Account, provider, read.Value.CurrentPassword, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http);
    }
}
