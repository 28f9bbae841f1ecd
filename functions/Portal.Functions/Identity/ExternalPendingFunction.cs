using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>
/// GET /api/auth/external: the next step of this browser's sign-in through an external provider, when the answer did not sign the person
/// in at once (link an account, make one, or what to do); 404 when there is none.
/// </summary>
public sealed class ExternalPendingFunction(ExternalSignIns signIns, ExternalProtocols protocols)
{
    [Function("ExternalPending")]
    [Anonymous]
    [Responds(typeof(ExternalPendingResponse), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "auth/external")] HttpRequest request)
    {
        var http = request.HttpContext;
        var cookie = ExternalSignInCookie.Read(request);
        if (await signIns.PendingAsync(cookie, http.RequestAborted) is not { } pending)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no sign-in under way in this browser, or it has lapsed.");
        }

        ExternalApplicationPrefill? application = null;
        if (pending.Next is ExternalNext.Signatory or ExternalNext.NoMatch && await signIns.IdentityAsync(cookie, http.RequestAborted) is { } identity)
        {
            application = new ExternalApplicationPrefill(
                identity.CompanyRegistrationNumber is null ? "natural" : "legal", identity.GivenName, identity.Surname, identity.PersonalCode, identity.CompanyRegistrationNumber);
        }

        return new OkObjectResult(new ExternalPendingResponse(
            pending.Provider, protocols.DisplayName(pending.Provider), pending.Next, pending.GivenName, pending.Surname, pending.Email, application));
    }
}
