using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Accounts;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>
/// GET /api/auth/vpm/finish: the same-site step after Latvija.lv's answer. The binding cookie must name the sign-in the answer came back
/// for; then the person is signed in (the session cookie set, this browser's earlier session ended) and sent where they were going, or
/// sent to the page of their next step (<c>/sign-in/external</c>).
/// </summary>
public sealed class VpmFinishFunction(ExternalProtocols protocols, ExternalSignIns signIns, SessionStore sessions)
{
    [Function("VpmFinish")]
    [Anonymous]
    [Responds(StatusCodes.Status303SeeOther, Query = ["state"], Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "auth/vpm/finish")] HttpRequest request) =>
        await ExternalSignInFinish.FinishAsync(request, protocols.Find(ExternalProviders.Vpm), signIns, sessions);
}

internal static class ExternalSignInFinish
{
    public static async Task<IActionResult> FinishAsync(HttpRequest request, IExternalSignInProtocol? protocol, ExternalSignIns signIns, SessionStore sessions)
    {
        var http = request.HttpContext;
        if (protocol is null)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "This way of signing in is not offered.");
        }

        var state = request.Query["state"].ToString();
        var finish = await signIns.FinishAsync(protocol.Provider, state.Length > 0 ? state : null, ExternalSignInCookie.Read(request), ClientInfo.Origin(http), http.RequestAborted);
        if (finish.Redirect != ExternalSignIns.NextStepPage)
        {
            // Done (signed in, or a profile's linking): the binding has served.
            ExternalSignInCookie.Clear(http.Response);
        }

        if (finish.Session is { } started)
        {
            await SessionCookie.EndEarlierAsync(request, sessions);
            SessionCookie.Write(http.Response, started.Session);
        }

        return ExternalSignInAnswer.SeeOther(http, finish.Redirect);
    }
}
