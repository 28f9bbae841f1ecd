using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Permits;

/// <summary>
/// GET /api/clients/{clientId}/permits?service=&amp;continuationToken=: the client's permits by number,
/// of all its registered service kinds or of one (a kind it has not registered is refused).
/// </summary>
public sealed class PermitsFunction(PermitViews permits)
{
    private const int PageSize = 50;

    [Function("Permits")]
    [ClientService(ClientServices.Permits)]
    [Responds(typeof(PermitListResponse), Query = ["service", "continuationToken"], Problems = [ProblemTypes.BadRequest, ProblemTypes.ServiceNotRegistered])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/permits")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        var given = request.Query["service"].ToString();
        ServiceKind? service = null;
        if (given.Length > 0 && (service = Vocabulary<ServiceKind>.Parse(given)) is null)
        {
            return Problems.Validation(http, "service", Vocabulary<ServiceKind>.OneOf);
        }

        if (service is { } kind && !access.Client.Services.Contains(kind))
        {
            return Problems.Forbidden(http, ProblemTypes.ServiceNotRegistered, "The client has not registered this service.", "Registering a service is an application to ES.");
        }

        var (items, next) = await permits.PermitsAsync(clientId, service, PageSize, ContinuationToken.Of(request), http.RequestAborted);
        return new OkObjectResult(new PermitListResponse(items, next));
    }
}
