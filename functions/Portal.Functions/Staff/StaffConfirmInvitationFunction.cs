using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/clients/{clientId}/invitations/{invitationId}/confirm: ES has checked it; the invitee is sent the link.</summary>
public sealed class StaffConfirmInvitationFunction(Representatives representatives)
{
    [Function("StaffConfirmInvitation")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(StatusCodes.Status202Accepted, typeof(Invitation), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/clients/{clientId}/invitations/{invitationId}/confirm")] HttpRequest request,
        string clientId,
        string invitationId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        return (await representatives.ConfirmAsync(clientId, invitationId, staff, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http, invitation => new ObjectResult(invitation) { StatusCode = StatusCodes.Status202Accepted });
    }
}
