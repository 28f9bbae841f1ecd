using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Clients;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/invitations: invitations waiting for ES to check them (§10), oldest first.</summary>
public sealed class StaffInvitationsFunction(Representatives representatives)
{
    [Function("StaffInvitations")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(InvitationListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/invitations")] HttpRequest request)
    {
        return new OkObjectResult(new InvitationListResponse(await representatives.AwaitingStaffAsync(100, request.HttpContext.RequestAborted), ContinuationToken: null));
    }
}
