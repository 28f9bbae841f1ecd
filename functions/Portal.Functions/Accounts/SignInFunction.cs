using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/sign-in: email and password; sets the session cookie, ending this browser's earlier session.</summary>
public sealed class SignInFunction(SignInCommand signIn, AccountStore accounts, SessionStore sessions, SessionGate gate, MeResponses me, TermsCatalog terms)
{
    [Function("SignIn")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.SignInName)]
    [Responds(typeof(MeResponse), Request = [typeof(SignInRequest)], Problems = [ProblemTypes.TooManyRequests, ProblemTypes.AccessBlocked, ProblemTypes.SignInFailed])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/sign-in")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.SignInRequest, (body, errors) => (
            Email: errors.Required("email", string.IsNullOrWhiteSpace(body.Email) ? null : body.Email, "Enter the email address you use as your username."),
            Password: errors.Required("password", body.Password, "Enter your password.")));
        if (read.Failed)
        {
            return read.Problem;
        }

        var (email, password) = read.Value;

        // What the answer shows besides the session - the terms in force, the account's clients - is read while the password is
        // checked, whatever its outcome, so no outcome takes longer for it.
        var readingTerms = terms.CurrentVersionNumberAsync(http.RequestAborted);
        var finding = accounts.FindByEmailAsync(email, http.RequestAborted);
        var readingClients = me.ReadClientsAsync(finding, http.RequestAborted);
        var signingIn = signIn.ExecuteAsync(email, finding, password, ClientInfo.Origin(http), http.RequestAborted);
        await Task.WhenAll(readingTerms, readingClients, signingIn);
        var outcome = await signingIn;
        if (outcome.Failed(http, out var problem))
        {
            return problem;
        }

        var started = outcome.Value;
        var user = gate.Describe(started.Account, started.Session.Session, started.Session.Token, await readingTerms);
        await SessionCookie.EndEarlierAsync(request, sessions);
        SessionCookie.Write(http.Response, started.Session);
        return new OkObjectResult(me.Describe(user, await readingClients));
    }
}
