using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Functions.Access;

namespace Portal.Functions.Clients;

/// <param name="Scopes">What the signed-in user may do for this client.</param>
/// <param name="Capabilities">The portal's services this user may use for this client (<see cref="ClientServices"/>): what the navigation shows.</param>
public sealed record ClientOverview(
    string Id, string Name, string Kind, string BillingArrangement, IReadOnlyList<string> Services, IReadOnlyList<string> Scopes, IReadOnlyList<string> Capabilities);

/// <summary>GET /api/clients/{clientId}: the client the user acts for - kind, billing arrangement, registered services - and their scopes.</summary>
public sealed class ClientFunction
{
    [Function("Client")]
    [ClientService(ClientServices.Overview)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();

        var (client, scopes) = (access.Client, access.Membership.Scopes);
        return new OkObjectResult(new ClientOverview(
            clientId, client.Name, client.Kind.Text(), client.BillingArrangement, client.Services, scopes, ClientServices.Available(client, scopes)));
    }
}
