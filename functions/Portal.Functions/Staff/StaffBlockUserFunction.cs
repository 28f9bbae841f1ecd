using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/users/{userId}/block {reason}: the user can no longer sign in (§20).</summary>
public sealed class StaffBlockUserFunction(UserAdministration users)
{
    [Function("StaffBlockUser")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffUserSummary), Request = [typeof(StaffReasonRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/block")] HttpRequest request,
        string userId) =>
        StaffUserActions.WithReasonAsync(request, (reason, staff, origin, cancellationToken) => users.BlockAsync(userId, reason, staff, origin, cancellationToken));
}
