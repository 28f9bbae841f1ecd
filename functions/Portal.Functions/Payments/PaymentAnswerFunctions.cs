using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Payments;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Payments;

/// <summary>
/// GET or POST /api/payments/{bank}/return: the bank's answer through the payer's browser (or server to server, where the bank sends both
/// to one address). No session and no anti-forgery token: the answer's own signature is the proof, checked with everything else by
/// <see cref="PaymentSettlement"/>. The browser goes on to the order's page, which shows the order as stored, never the answer's word.
/// </summary>
public sealed class PaymentReturnFunction(PaymentOrders orders, PaymentSettlement settlement)
{
    [Function("PaymentReturn")]
    [ExternalCallback]
    [ThrottledPerRoute(IpThrottle.PaymentAnswerName, "bank")]
    [Responds(StatusCodes.Status303SeeOther, RequestMediaType = "application/x-www-form-urlencoded", RequestMaxBytes = 16 * 1024, RequestOptional = true,
        Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "payments/{bank}/return")] HttpRequest request,
        string bank)
    {
        var http = request.HttpContext;
        if (orders.Provider(bank) is not { } provider)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such bank.");
        }

        var outcome = await settlement.AcceptAsync(provider, await PaymentAnswerFields.ReadAsync(request), ClientInfo.Origin(http), http.RequestAborted);
        return Identity.ExternalSignInAnswer.SeeOther(http, outcome.Failure is null
            ? $"/payment?client={outcome.Value.ClientId}&order={outcome.Value.Id}"
            : "/payment?answer=refused");
    }
}

/// <summary>
/// GET or POST /api/payments/{bank}/notify: the bank's server-to-server answer. 200 with the order's status once it is taken (settled
/// now or already), 422 when refused; the bank may repeat it, and a repeat changes nothing.
/// </summary>
public sealed class PaymentNotifyFunction(PaymentOrders orders, PaymentSettlement settlement)
{
    [Function("PaymentNotify")]
    [ExternalCallback]
    [ThrottledPerRoute(IpThrottle.PaymentAnswerName, "bank")]
    [Responds(typeof(PaymentAnswerResponse), RequestMediaType = "application/x-www-form-urlencoded", RequestMaxBytes = 16 * 1024, RequestOptional = true,
        Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests, ProblemTypes.PaymentAnswerRefused])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "payments/{bank}/notify")] HttpRequest request,
        string bank)
    {
        var http = request.HttpContext;
        if (orders.Provider(bank) is not { } provider)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such bank.");
        }

        var outcome = await settlement.AcceptAsync(provider, await PaymentAnswerFields.ReadAsync(request), ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, order => new OkObjectResult(new PaymentAnswerResponse(order.Id, order.Status)));
    }
}

/// <summary>A provider's answer as fields: the query of a GET, the form of a POST (a body that is no form is no answer: no fields).</summary>
internal static class PaymentAnswerFields
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return request.Query.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        }

        var form = await FormBody.ReadAsync(request);
        return form.Failed ? new Dictionary<string, string>() : form.Value.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
    }
}
