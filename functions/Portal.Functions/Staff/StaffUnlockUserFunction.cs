using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/users/{userId}/unlock: ends a lockout after failed sign-ins.</summary>
public sealed class StaffUnlockUserFunction(UserAdministration users)
{
    [Function("StaffUnlockUser")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffUserSummary), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/unlock")] HttpRequest request,
        string userId)
    {
        var http = request.HttpContext;
        return StaffUsers.Result(http, await users.UnlockAsync(userId, request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted));
    }
}
