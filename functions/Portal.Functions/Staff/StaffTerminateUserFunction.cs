using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/users/{userId}/terminate {reason}: final, with a §21 reason; Admin only.</summary>
public sealed class StaffTerminateUserFunction(UserAdministration users)
{
    [Function("StaffTerminateUser")]
    [StaffRole(StaffRoles.Admin)]
    [Responds(typeof(StaffUserSummary), Request = [typeof(StaffReasonRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/terminate")] HttpRequest request,
        string userId) =>
        StaffUserActions.WithReasonAsync(request, (reason, staff, origin, cancellationToken) => users.TerminateAsync(userId, reason, staff, origin, cancellationToken));
}
