using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Permits;

/// <summary>GET /api/clients/{clientId}/permits/{permitId}: one permit with its technical parameters (§2.10).</summary>
public sealed class PermitFunction(PermitViews permits)
{
    [Function("Permit")]
    [ClientService(ClientServices.Permits)]
    [Responds(typeof(Permit), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/permits/{permitId}")] HttpRequest request,
        string clientId,
        string permitId)
    {

        return await permits.PermitAsync(clientId, permitId, request.HttpContext.RequestAborted) is { } permit
            ? new OkObjectResult(permit)
            : Problems.NotFound(request.HttpContext, ProblemTypes.NotFound, "The client has no such permit.");
    }
}
