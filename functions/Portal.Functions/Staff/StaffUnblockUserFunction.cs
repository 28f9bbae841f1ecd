using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/users/{userId}/unblock {reason}.</summary>
public sealed class StaffUnblockUserFunction(UserAdministration users)
{
    [Function("StaffUnblockUser")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffUserSummary), Request = [typeof(StaffReasonRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/unblock")] HttpRequest request,
        string userId) =>
        StaffUserActions.WithReasonAsync(request, (reason, staff, origin, cancellationToken) => users.UnblockAsync(userId, reason, staff, origin, cancellationToken));
}
