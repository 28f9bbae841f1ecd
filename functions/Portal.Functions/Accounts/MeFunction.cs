using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Accounts;

/// <summary>GET /api/me: the signed-in user, the steps pending, and the clients they act for.</summary>
public sealed class MeFunction(MeResponses me)
{
    [Function("Me")]
    [SignedInUser(SessionRequirement.AllowPendingSteps)]
    [Responds(typeof(MeResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request)
    {
        return new OkObjectResult(await me.DescribeAsync(request.Proven<SignedIn>(), request.HttpContext.RequestAborted));
    }
}
