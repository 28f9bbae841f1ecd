using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

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

        var errors = new FieldErrors();
        var token = errors.Required("token", body.Token);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(http, errors);
        }

        var outcome = await activation.ResendAsync(token, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, _ => new AcceptedResult());
    }
}
