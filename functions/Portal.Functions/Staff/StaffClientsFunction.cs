using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/clients/search {query}: clients by registration number, personal code, the back office's id or the beginning of the name.</summary>
public sealed class StaffClientsFunction(ClientStore clients, AuditTrail audit)
{
    public const int MaxResults = 20;

    [Function("StaffClients")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffClientListResponse), Request = [typeof(StaffSearchRequest)])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/clients/search")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var query = await SearchQuery.ReadAsync(request, "Enter a registration number, a personal code, the back office's id, or the beginning of a name (2 letters or more).");
        if (query.Failed)
        {
            return query.Problem;
        }

        var found = await clients.SearchAsync(query.Value, MaxResults, http.RequestAborted);

        // The query may be a personal code: the staff trail keeps what was found, not what was asked.
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.StaffRead, $"client-search:{string.Join(',', found.Select(c => c.Id))}",
            AuditActions.Succeeded, ClientInfo.Origin(http), http.RequestAborted);
        return new OkObjectResult(new StaffClientListResponse([.. found.Select(StaffClientItem.From)], ContinuationToken: null));
    }
}
