using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Clients;

/// <summary>GET /api/clients/{clientId}: the client the user acts for - kind, billing arrangement, registered services - and their scopes.</summary>
public sealed class ClientFunction
{
    [Function("Client")]
    [ClientService(ClientServices.Overview)]
    [Responds(typeof(ClientOverview))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();

        var (client, scopes) = (access.Client, access.Membership.Scopes);
        return new OkObjectResult(new ClientOverview(
            clientId, client.Name, client.Kind, client.BillingArrangement, client.Services, scopes, ClientServices.Available(client, scopes)));
    }
}
