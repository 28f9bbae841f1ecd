using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Staff;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Submissions;

/// <summary>GET /api/staff/feedback: the users' latest notes about the portal (§16.3), the newest first.</summary>
public sealed class StaffFeedbackFunction(PortalFeedback feedback)
{
    /// <summary>How many notes the list shows.</summary>
    public const int ListSize = 200;

    [Function("StaffFeedback")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(FeedbackListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/feedback")] HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new OkObjectResult(new FeedbackListResponse(await feedback.LatestAsync(ListSize, request.HttpContext.RequestAborted)));
    }
}
