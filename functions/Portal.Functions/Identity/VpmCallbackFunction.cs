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
/// POST /api/auth/vpm/callback: Latvija.lv's answer, a cross-site form POST (so no session and no anti-forgery token: the assertion's own
/// signature is the proof). The validated answer is kept with its sign-in and the browser goes on to the same-site finish step, which
/// checks the cookie that binds the sign-in to it. A refused answer is recorded and ends there too, as a plain page.
/// </summary>
public sealed class VpmCallbackFunction(ExternalProtocols protocols, ExternalSignIns signIns)
{
    [Function("VpmCallback")]
    [ExternalCallback]
    [Responds(StatusCodes.Status303SeeOther, RequestMediaType = "application/x-www-form-urlencoded", RequestMaxBytes = 256 * 1024, Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/vpm/callback")] HttpRequest request) =>
        await ExternalSignInAnswer.AcceptAsync(request, protocols.Find(ExternalProviders.Vpm), signIns);
}

internal static class ExternalSignInAnswer
{
    public static async Task<IActionResult> AcceptAsync(HttpRequest request, IExternalSignInProtocol? protocol, ExternalSignIns signIns)
    {
        var http = request.HttpContext;
        if (protocol is null)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "This way of signing in is not offered.");
        }

        var form = await FormBody.ReadAsync(request);
        var fields = form.Failed ? [] : form.Value.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        var read = form.Failed
            ? new ExternalAnswerRefused(protocol.Provider, "The answer is not a form.")
            : await protocol.ReadAnswerAsync(fields, http.RequestAborted);
        var context = read.Failure is null ? read.Value.Context : fields.GetValueOrDefault("wctx");
        await signIns.AnswerAsync(protocol.Provider, read, context, ClientInfo.Origin(http), http.RequestAborted);
        var finish = $"/api/auth/{protocol.Provider}/finish" + (context is { Length: > 0 and <= 200 } ? $"?state={Uri.EscapeDataString(context)}" : "");
        return SeeOther(http, finish);
    }

    /// <summary>303: the browser follows with a GET whatever it sent (a 302 after a POST is left to the browser).</summary>
    public static IActionResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }
}
