using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Accounts;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>
/// POST /api/auth/external/link: a person back from the provider whose code no user has verified links the login to their existing
/// account by its email and password (checked, counted and recorded as a password sign-in is), which verifies the code and signs them in.
/// </summary>
public sealed class ExternalLinkFunction(ExternalSignIns signIns, ExternalSessionAnswer answer)
{
    [Function("ExternalLink")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.ExternalSignInName)]
    [Responds(typeof(MeResponse), Request = [typeof(ExternalLinkRequest)],
        Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests, ProblemTypes.AccessBlocked, ProblemTypes.SignInFailed, ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/external/link")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ExternalLinkRequest, (body, errors) => (
            Email: errors.Required("email", body.Email?.Trim(), "Enter the email address of your portal account."),
            Password: errors.Required("password", body.Password, "Enter the password of your portal account.")));
        if (read.Failed)
        {
            return read.Problem;
        }

        var outcome = await signIns.LinkWithPasswordAsync(ExternalSignInCookie.Read(request), read.Value.Email, read.Value.Password, ClientInfo.Origin(http), http.RequestAborted);
        if (outcome.Failed(http, out var problem))
        {
            return problem;
        }

        return new OkObjectResult(await answer.WriteAsync(request, outcome.Value));
    }
}
