using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;

namespace Portal.Functions.Clients;

/// <param name="Scopes">What the signed-in user may do for this client.</param>
public sealed record ClientOverview(string Id, string Name, string Kind, string BillingArrangement, IReadOnlyList<string> Services, IReadOnlyList<string> Scopes);

/// <summary>GET /api/clients/{clientId}: the client the user acts for - kind, billing arrangement, registered services - and their scopes.</summary>
public sealed class ClientFunction(ClientGate gate, ClientStore clients)
{
    [Function("Client")]
    [ClientScope]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}")] HttpRequest request,
        string clientId)
    {
        var (access, problem) = await gate.CheckAsync(request, clientId, scope: null);
        if (problem is not null)
        {
            return problem;
        }

        var client = await clients.GetAsync(clientId, request.HttpContext.RequestAborted);
        return new OkObjectResult(new ClientOverview(
            clientId,
            client?.Name ?? access!.Membership.ClientName,
            (client?.Kind ?? access!.Membership.ClientKind) == ClientKind.Legal ? "legal" : "natural",
            client?.BillingArrangement ?? "",
            client?.Services ?? [],
            access!.Membership.Scopes));
    }
}
