using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Core.Payments.BankLink;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>
/// GET /api/auth/bank/{bank}/sign-in?returnTo=: entry from a bank's site (§14, §23.2). The bank's authentication request (4012) is a
/// signed form, so the answer is a page that posts it to the bank by itself, the sign-in bound to this browser by the same cookie as
/// Latvija.lv's. What follows the bank's answer is <see cref="ExternalSignIns"/>, as for every provider.
/// </summary>
public sealed class BankSignInFunction(ExternalProtocols protocols, ExternalSignIns signIns)
{
    [Function("BankSignIn")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.ExternalSignInName)]
    [Responds(StatusCodes.Status200OK, MediaType = "text/html", Query = ["returnTo"], Problems = [ProblemTypes.TooManyRequests, ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "auth/bank/{bank}/sign-in")] HttpRequest request,
        string bank) =>
        await ExternalSignInStart.RedirectAsync(request, BankSignIns.Find(protocols, bank), signIns);
}

/// <summary>
/// GET or POST /api/auth/bank/{bank}/return: the bank's answer (3013), by the browser, cross-site (so no session and no anti-forgery
/// token: its signature is the proof); it is kept with its sign-in and the browser comes back here by a same-site GET with the sign-in's
/// <c>state</c>, which the binding cookie must name, to be signed in or shown its next step.
/// </summary>
public sealed class BankSignInReturnFunction(ExternalProtocols protocols, ExternalSignIns signIns, SessionStore sessions)
{
    [Function("BankSignInReturn")]
    [ExternalCallback]
    [ThrottledPerRoute(IpThrottle.PaymentAnswerName, "bank")]
    [Responds(StatusCodes.Status303SeeOther, RequestMediaType = "application/x-www-form-urlencoded", RequestMaxBytes = 16 * 1024, RequestOptional = true,
        Query = ["state"], Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "auth/bank/{bank}/return")] HttpRequest request,
        string bank)
    {
        var http = request.HttpContext;
        if (BankSignIns.Find(protocols, bank) is not { } protocol)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "This way of signing in is not offered.");
        }

        // The same-site step after the answer: only the sign-in's state, no answer fields.
        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("VK_SERVICE"))
        {
            return await ExternalSignInFinish.FinishAsync(request, protocol, signIns, sessions);
        }

        var fields = await Payments.PaymentAnswerFields.ReadAsync(request);
        var read = await protocol.ReadAnswerAsync(fields, http.RequestAborted);
        var context = read.Failure is null ? read.Value.Context : BankLinkSignIn.ClaimedContext(fields.GetValueOrDefault("VK_NONCE"));
        await signIns.AnswerAsync(protocol.Provider, read, context, ClientInfo.Origin(http), http.RequestAborted);
        var finish = $"/api/auth/bank/{protocol.Provider}/return" + (context is { Length: > 0 and <= 200 } ? $"?state={Uri.EscapeDataString(context)}" : "");
        return ExternalSignInAnswer.SeeOther(http, finish);
    }
}

/// <summary>The banks' entries among the external sign-ins.</summary>
internal static class BankSignIns
{
    public static IExternalSignInProtocol? Find(ExternalProtocols protocols, string bank) => protocols.Find(bank) as BankLinkSignIn;
}
