using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Accounts;

/// <summary>GET /api/me/reminders: which reminder digests' items the user gets (all unless switched off).</summary>
public sealed class RemindersFunction
{
    [Function("Reminders")]
    [SignedInUser]
    [Responds(typeof(RemindersResponse))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/reminders")] HttpRequest request) =>
        new OkObjectResult(RemindersResponse.Of(request.Proven<SignedIn>().Account.Reminders));
}
