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

/// <summary>POST /api/auth/password-reset: always 202, whether or not the email has an account (§13).</summary>
public sealed class PasswordResetRequestFunction(PasswordChanges passwords)
{
    [Function("PasswordResetRequest")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.PasswordResetName)]
    [Responds(StatusCodes.Status202Accepted, Request = [typeof(PasswordResetRequest)], Problems = [ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/password-reset")] HttpRequest request)
    {
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.PasswordResetRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        if (string.IsNullOrWhiteSpace(body.Email))
        {
            return Problems.Validation(request.HttpContext, "email", "Enter the email address you use as your username.");
        }

        var outcome = await passwords.RequestResetAsync(body.Email, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return outcome.ToResult(request.HttpContext, _ => new AcceptedResult());
    }
}
