using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/activate/resend: a new activation link for an expired one; always 202 (the caller learns nothing).</summary>
public sealed class ActivationResendFunction(AccountActivation activation)
{
    [Function("ActivationResend")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/activate/resend")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TokenRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        if (Problems.MissingFields(http, ("token", body.Token)) is { } missing)
        {
            return missing;
        }

        return await activation.ResendAsync(body.Token!, ClientInfo.Origin(http), http.RequestAborted)
            ? new AcceptedResult()
            : Problems.TooManyRequests(http);
    }
}
