using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

/// <summary>
/// GET /api/auth/session: whether this browser is signed in, and as whom. The UI asks this on every
/// page load; it answers 200 either way, so a visitor's browser logs no failed request.
/// </summary>
public sealed class SessionStatusFunction(SessionGate gate, IOptions<AccountOptions> options)
{
    [Function("SessionStatus")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "auth/session")] HttpRequest request)
    {
        var (user, _) = await gate.CheckAsync(request, SessionRequirement.AllowPendingSteps);
        return new OkObjectResult(new SessionStatusResponse(user is not null, user is null ? null : MeResponse.From(user, options)));
    }
}

public sealed record SessionStatusResponse(bool SignedIn, MeResponse? User);
