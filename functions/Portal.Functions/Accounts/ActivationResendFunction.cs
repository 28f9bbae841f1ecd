using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/activate/resend: a new activation link for an expired one; always 202 (the caller learns nothing).</summary>
public sealed class ActivationResendFunction(AccountActivation activation)
{
    [Function("ActivationResend")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.ActivationResendName)]
    [Responds(StatusCodes.Status202Accepted, Request = [typeof(TokenRequest)], Problems = [ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/activate/resend")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TokenRequest, (body, errors) => errors.Required("token", body.Token));
        if (read.Failed)
        {
            return read.Problem;
        }

        var token = read.Value;

        var outcome = await activation.ResendAsync(token, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, _ => new AcceptedResult());
    }
}
