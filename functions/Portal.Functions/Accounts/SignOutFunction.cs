using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/sign-out: ends this browser's session.</summary>
public sealed class SignOutFunction(SessionStore sessions, AuditTrail audit)
{
    [Function("SignOut")]
    [Anonymous]
    [Responds(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/sign-out")] HttpRequest request)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        if (SessionCookie.Read(request) is { } token && await sessions.EndAsync(token, cancellationToken) is { } session)
        {
            var (chain, actor) = session.Staff is { } staff ? (AuditTrail.StaffChain(staff.Id), staff.Actor) : (AuditTrail.UserChain(session.UserId), session.UserId);
            await audit.AppendAsync(chain, actor, clientId: null, AuditActions.SignOut,
                session.Id, AuditActions.Succeeded, ClientInfo.Origin(request.HttpContext), cancellationToken);
        }

        SessionCookie.Clear(request.HttpContext.Response);
        return new NoContentResult();
    }
}
