using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Clients;

/// <summary>GET /api/clients/{clientId}/representatives: who acts for the client, with their scopes (client admins).</summary>
public sealed class RepresentativesFunction(Representatives representatives)
{
    [Function("Representatives")]
    [ClientService(ClientServices.Representatives)]
    [Responds(typeof(RepresentativeListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/representatives")] HttpRequest request,
        string clientId)
    {

        var list = await representatives.ListAsync(clientId, request.HttpContext.RequestAborted);
        return new OkObjectResult(new RepresentativeListResponse(
            [.. list.Select(r => new RepresentativeItem(r.Account.Id, r.Account.FirstName, r.Account.LastName, r.Account.Email, r.Scopes))], ContinuationToken: null));
    }
}
