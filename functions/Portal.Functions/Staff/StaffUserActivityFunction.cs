using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/users/{userId}/activity: the user's audit trail, newest first (§23.3). The read itself is recorded first.</summary>
public sealed class StaffUserActivityFunction(UserAdministration users)
{
    private const int PageSize = 50;

    [Function("StaffUserActivity")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffActivityResponse), Query = ["continuationToken"], Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users/{userId}/activity")] HttpRequest request,
        string userId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var page = await users.TrailAsync(userId, PageSize, ContinuationToken.Of(request), staff, ClientInfo.Origin(http), http.RequestAborted);
        return page is not { } found
            ? Problems.NotFound(http, ProblemTypes.NotFound, "There is no such user.")
            : new OkObjectResult(new StaffActivityResponse(
                [.. found.Items.Select(r => new StaffActivityItem(r.At, r.Action, r.Target, r.Result, r.Actor, r.ClientId, r.IpAddress, r.UserAgent))],
                found.ContinuationToken));
    }
}
