using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>
/// POST /api/auth/external/email: the email (the username, §2.6) of a natural-person client signing in for the first time: a code to
/// confirm it is sent there. An address another account has gets the same answer, and its owner is told instead.
/// </summary>
public sealed class ExternalEmailFunction(ExternalSignIns signIns)
{
    [Function("ExternalEmail")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.ExternalEmailName)]
    [Responds(StatusCodes.Status202Accepted, typeof(ExternalEmailResponse), Request = [typeof(ExternalEmailRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests, ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/external/email")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ExternalEmailRequest, (body, errors) =>
        {
            var email = errors.Required("email", body.Email?.Trim(), "Enter your email address: it becomes your username.");
            if (email.Length > 0 && !EmailAddress.IsBare(email))
            {
                errors.Add("email", EmailAddress.Invalid);
            }

            if (body.Language is not (null or "lv" or "en"))
            {
                errors.Add("language", "The language is lv or en.");
            }

            return (Email: email, Language: body.Language ?? "lv");
        });
        if (read.Failed)
        {
            return read.Problem;
        }

        var outcome = await signIns.SendEmailCodeAsync(ExternalSignInCookie.Read(request), read.Value.Email, read.Value.Language, http.RequestAborted);
        return outcome.ToResult(http, email => new ObjectResult(new ExternalEmailResponse(email)) { StatusCode = StatusCodes.Status202Accepted });
    }
}
