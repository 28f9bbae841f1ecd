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

/// <summary>
/// GET /api/clients/{clientId}/permits?q=&amp;callSign=&amp;frequencyFrom=&amp;frequencyTo=&amp;service=&amp;continuationToken=:
/// the client's permits by number, of all its registered service kinds or of one (a kind it has not
/// registered is refused), found by number, station name or place, call sign and frequency (<see cref="PermitQuery"/>).
/// </summary>
public sealed class PermitsFunction(PermitViews permits)
{
    private const int PageSize = 50;

    [Function("Permits")]
    [ClientService(ClientServices.Permits)]
    [Responds(typeof(PermitListResponse), Query = ["q", "callSign", "frequencyFrom", "frequencyTo", "service", "continuationToken"], Problems = [ProblemTypes.BadRequest, ProblemTypes.ServiceNotRegistered])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/permits")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();
        return await ListAsync(permits, request, clientId, access.Client.Services);
    }

    /// <summary>The 403 for a search by a service kind the client has not registered; null when it has (or the search names none).</summary>
    internal static IActionResult? Unregistered(HttpContext http, PermitQuery query, IReadOnlyCollection<ServiceKind> services) =>
        query.Service is { } kind && !services.Contains(kind)
            ? Problems.Forbidden(http, ProblemTypes.ServiceNotRegistered, "The client has not registered this service.", "Registering a service is an application to ES.")
            : null;

    /// <summary>The permits the search selects, or its field errors: the client's own and staff's read-only view (<see cref="Staff.StaffClientPermitsFunction"/>) answer alike.</summary>
    internal static async Task<IActionResult> ListAsync(PermitViews permits, HttpRequest request, string clientId, IReadOnlyCollection<ServiceKind> services)
    {
        var http = request.HttpContext;
        var query = PermitQuery.Parse(name => request.Query[name].ToString());
        if (query.Failed(http, out var problem))
        {
            return problem;
        }

        if (Unregistered(http, query.Value, services) is { } refused)
        {
            return refused;
        }

        var (items, next) = await permits.PermitsAsync(clientId, query.Value, PageSize, ContinuationToken.Of(request), http.RequestAborted);
        return new OkObjectResult(new PermitListResponse(items, next));
    }
}
