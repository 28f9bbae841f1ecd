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
/// POST /api/auth/external/account: the emailed code and the terms in force accepted: the natural-person client's account is made, acting
/// for its own client with every scope, and signed in (201).
/// </summary>
public sealed class ExternalAccountFunction(ExternalSignIns signIns, ExternalSessionAnswer answer)
{
    [Function("ExternalAccount")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.ExternalSignInName)]
    [Responds(StatusCodes.Status201Created, typeof(MeResponse), Request = [typeof(ExternalAccountRequest)],
        Problems = [ProblemTypes.NotFound, ProblemTypes.TooManyRequests, ProblemTypes.CodeExpired, ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/external/account")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ExternalAccountRequest, (body, errors) =>
        {
            var code = errors.Required("code", body.Code?.Trim(), "Enter the code from the email.");
            if (code.Length > 0 && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
            {
                errors.Add("code", "The code is the 6 digits in the email.");
            }

            if (body.AcceptedTermsVersion is not > 0)
            {
                errors.Add("acceptedTermsVersion", "Accept the terms of use.");
            }

            return (Code: code, Version: body.AcceptedTermsVersion ?? 0);
        });
        if (read.Failed)
        {
            return read.Problem;
        }

        var outcome = await signIns.CreateAccountAsync(ExternalSignInCookie.Read(request), read.Value.Code, read.Value.Version, ClientInfo.Origin(http), http.RequestAborted);
        if (outcome.Failed(http, out var problem))
        {
            return problem;
        }

        return new ObjectResult(await answer.WriteAsync(request, outcome.Value)) { StatusCode = StatusCodes.Status201Created };
    }
}
