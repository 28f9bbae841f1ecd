using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

/// <summary>DELETE /api/clients/{clientId}/representatives/invitations/{invitationId}: the admin takes an invitation back before it is accepted.</summary>
public sealed class RevokeInvitationFunction(Representatives representatives)
{
    [Function("RevokeInvitation")]
    [ClientService(ClientServices.Representatives)]
    [Responds(StatusCodes.Status204NoContent, Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "clients/{clientId}/representatives/invitations/{invitationId}")] HttpRequest request,
        string clientId,
        string invitationId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        return (await representatives.RevokeAsync(clientId, invitationId, access.User.Account.Id, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http);
    }
}
