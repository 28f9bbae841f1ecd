using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Audit;

/// <summary>GET /api/me/activity: the signed-in user's own trail, newest first (§23.1, §23.3).</summary>
public sealed class MyActivityFunction(AuditTrail audit)
{
    private const int PageSize = 50;

    [Function("MyActivity")]
    [SignedInUser]
    [Responds(typeof(ActivityResponse), Query = ["continuationToken"])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/activity")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();

        var (records, next) = await audit.ReadAsync(AuditTrail.UserChain(user.Account.Id), PageSize, ContinuationToken.Of(request), request.HttpContext.RequestAborted);

        return new OkObjectResult(new ActivityResponse(
            [.. records.Select(r => new ActivityItem(r.At, r.Action, r.Result, r.Actor == user.Account.Id ? "self" : r.Actor, r.IpAddress, r.UserAgent, r.Action == AuditActions.EmailSent ? r.Target : null))],
            next));
    }
}
