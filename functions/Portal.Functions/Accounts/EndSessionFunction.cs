using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>DELETE /api/me/sessions/{sessionId}: ends one session; "others" ends all but this one.</summary>
public sealed class EndSessionFunction(SessionStore sessions, AuditTrail audit)
{
    public const string Others = "others";

    [Function("EndSession")]
    [SignedInUser(SessionRequirement.AllowPendingSteps)]
    [Responds(StatusCodes.Status204NoContent, Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/sessions/{sessionId}")] HttpRequest request,
        string sessionId)
    {
        var user = request.Proven<SignedIn>();

        var cancellationToken = request.HttpContext.RequestAborted;
        if (sessionId == Others)
        {
            await sessions.EndAllAsync(user.Account.Id, user.Session.Id, cancellationToken);
        }
        else if (!await sessions.EndByIdAsync(user.Account.Id, sessionId, cancellationToken))
        {
            return Problems.NotFound(request.HttpContext, ProblemTypes.NotFound, "There is no such session.");
        }

        await audit.AppendAsync(AuditTrail.UserChain(user.Account.Id), user.Account.Id, clientId: null, AuditActions.SessionEnd,
            sessionId, AuditActions.Succeeded, ClientInfo.Origin(request.HttpContext), cancellationToken);
        if (sessionId == user.Session.Id)
        {
            SessionCookie.Clear(request.HttpContext.Response);
        }

        return new NoContentResult();
    }
}
