using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/users/{userId}/demand-password-change: the user must choose a new password at the next sign-in (§15.3).</summary>
public sealed class StaffDemandPasswordChangeFunction(UserAdministration users)
{
    [Function("StaffDemandPasswordChange")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffUserSummary), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/demand-password-change")] HttpRequest request,
        string userId)
    {
        var http = request.HttpContext;
        return StaffUsers.Result(http, await users.DemandPasswordChangeAsync(userId, request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted));
    }
}
