using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/clients/{clientId}: the client with its settings and representatives; the read is audited in the client's trail.</summary>
public sealed class StaffClientFunction(ClientStore clients, Representatives representatives, AuditTrail audit)
{
    [Function("StaffClient")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffClientResponse), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/clients/{clientId}")] HttpRequest request,
        string clientId)
    {
        var (client, problem) = await StaffReads.OpenClientAsync(clients, audit, request, clientId, "client");
        if (problem is not null)
        {
            return problem;
        }

        var members = await representatives.ListAsync(clientId, request.HttpContext.RequestAborted);
        return new OkObjectResult(new StaffClientResponse(
            StaffClientItem.From(client!),
            [.. members.Select(m => new StaffRepresentativeItem(m.Account.Id, m.Account.FirstName, m.Account.LastName, m.Account.Email, m.Scopes))]));
    }
}
