using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Portal.Functions.Accounts;

/// <summary>GET /api/me: the signed-in user, the steps pending, and the clients they act for.</summary>
public sealed class MeFunction(SessionGate gate, MeResponses me)
{
    [Function("Me")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request)
    {
        var (user, problem) = await gate.CheckAsync(request, SessionRequirement.AllowPendingSteps);
        return problem ?? new OkObjectResult(await me.DescribeAsync(user!, request.HttpContext.RequestAborted));
    }
}
