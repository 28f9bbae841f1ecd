using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Clients;

/// <summary>GET /api/clients/{clientId}/representatives/invitations: the invitations not yet accepted, revoked or expired, newest first.</summary>
public sealed class PendingInvitationsFunction(Representatives representatives)
{
    [Function("PendingInvitations")]
    [ClientService(ClientServices.Representatives)]
    [Responds(typeof(InvitationListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/representatives/invitations")] HttpRequest request,
        string clientId)
    {
        return new OkObjectResult(new InvitationListResponse(await representatives.PendingAsync(clientId, request.HttpContext.RequestAborted), ContinuationToken: null));
    }
}
