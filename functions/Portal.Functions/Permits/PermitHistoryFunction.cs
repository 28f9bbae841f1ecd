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

/// <summary>GET /api/clients/{clientId}/permits/{permitId}/history: the permit's versions kept, newest first, each with what changed from the one before.</summary>
public sealed class PermitHistoryFunction(PermitViews permits)
{
    [Function("PermitHistory")]
    [ClientService(ClientServices.Permits)]
    [Responds(typeof(PermitHistoryResponse), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/permits/{permitId}/history")] HttpRequest request,
        string clientId,
        string permitId) =>
        await permits.HistoryAsync(clientId, permitId, request.HttpContext.RequestAborted) is { } versions
            ? new OkObjectResult(new PermitHistoryResponse(versions))
            : Problems.NotFound(request.HttpContext, ProblemTypes.NotFound, "The client has no such permit.");
}
