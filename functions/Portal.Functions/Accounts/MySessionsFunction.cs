using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Accounts;

/// <summary>GET /api/me/sessions: where the user is signed in (§15.5: they can act at once if something looks wrong).</summary>
public sealed class MySessionsFunction(SessionStore sessions)
{
    [Function("MySessions")]
    [SignedInUser(SessionRequirement.AllowPendingSteps)]
    [Responds(typeof(SessionsResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/sessions")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();

        var list = await sessions.ListAsync(user.Account.Id, request.HttpContext.RequestAborted);
        return new OkObjectResult(new SessionsResponse(
            [.. list.Select(s => new SessionItem(s.Id, s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt, s.Id == user.Session.Id))],
            ContinuationToken: null));
    }
}
