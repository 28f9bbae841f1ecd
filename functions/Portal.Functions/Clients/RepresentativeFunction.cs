using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

/// <summary>PATCH /api/clients/{clientId}/representatives/{userId} {scopes}; DELETE removes the representative (§6) from their very next request.</summary>
public sealed class RepresentativeFunction(Representatives representatives)
{
    [Function("ChangeRepresentative")]
    [ClientService(ClientServices.Representatives)]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(ScopesRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.LastAdmin])]
    public async Task<IActionResult> Change(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "clients/{clientId}/representatives/{userId}")] HttpRequest request,
        string clientId,
        string userId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ScopesRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        return (await representatives.ChangeScopesAsync(
            clientId, userId, body.Scopes, access.User.Account.Id, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http);
    }

    [Function("RemoveRepresentative")]
    [ClientService(ClientServices.Representatives)]
    [Responds(StatusCodes.Status204NoContent, Problems = [ProblemTypes.NotFound, ProblemTypes.LastAdmin])]
    public async Task<IActionResult> Remove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "clients/{clientId}/representatives/{userId}")] HttpRequest request,
        string clientId,
        string userId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        return (await representatives.RemoveAsync(
            clientId, userId, access.User.Account.Id, byStaff: false, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http);
    }
}
