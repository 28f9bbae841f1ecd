using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/sign-in: email and password; sets the session cookie.</summary>
public sealed class SignInFunction(SignInCommand signIn, SessionGate gate, IOptions<AccountOptions> options, MeResponses me)
{
    [Function("SignIn")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/sign-in")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.SignInRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Email))
        {
            errors["email"] = ["Enter the email address you use as your username."];
        }

        if (string.IsNullOrEmpty(body.Password))
        {
            errors["password"] = ["Enter your password."];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(http, errors);
        }

        var result = await signIn.ExecuteAsync(body.Email!, body.Password!, ClientInfo.Origin(http), http.RequestAborted);
        switch (result)
        {
            case SignInOutcome.Succeeded succeeded:
                SessionCookie.Write(http.Response, succeeded.Session, options.Value);
                var user = await gate.DescribeAsync(succeeded.Account, succeeded.Session.Session, succeeded.Session.Token, http.RequestAborted);
                return new OkObjectResult(await me.DescribeAsync(user, http.RequestAborted));
            case SignInOutcome.Throttled:
                return Problems.TooManyRequests(http);
            case SignInOutcome.AccessBlocked:
                return Problems.Forbidden(http, Problems.Types.AccessBlocked, "Your access to the portal is blocked.", $"ES has blocked or ended your access. {Problems.OtherChannels}");
            default:
                return Problems.Unauthorized(http, Problems.Types.SignInFailed, "Sign-in failed.",
                    "Check the email and the password. After several failed attempts sign-in is paused for a while, and the account's owner is told by email.");
        }
    }
}
