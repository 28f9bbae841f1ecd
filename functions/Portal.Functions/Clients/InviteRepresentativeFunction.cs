using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

/// <summary>POST /api/clients/{clientId}/representatives/invitations {email, scopes}: 202; ES confirms it unless the client invites by itself.</summary>
public sealed class InviteRepresentativeFunction(Representatives representatives)
{
    [Function("InviteRepresentative")]
    [ClientService(ClientServices.Representatives)]
    [Responds(StatusCodes.Status202Accepted, typeof(Invitation), Request = [typeof(InviteRequest)], Problems = [ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/representatives/invitations")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.InviteRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        return (await representatives.InviteAsync(
            clientId, body.Email, body.Scopes, access.User.Account.Id, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http, invitation => new ObjectResult(invitation) { StatusCode = StatusCodes.Status202Accepted });
    }
}
