using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Permits;

namespace Portal.Functions.Staff;

/// <summary>
/// GET /api/staff/clients/{clientId}/permits?(the client's search): the client's permits as the client sees them,
/// read-only for support; each read audited in the client's trail and the staff member's.
/// </summary>
public sealed class StaffClientPermitsFunction(ClientStore clients, PermitViews permits, AuditTrail audit)
{
    [Function("StaffClientPermits")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(PermitListResponse), Query = ["q", "callSign", "frequencyFrom", "frequencyTo", "service", "continuationToken"],
        Problems = [ProblemTypes.BadRequest, ProblemTypes.NotFound, ProblemTypes.ServiceNotRegistered])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/clients/{clientId}/permits")] HttpRequest request,
        string clientId)
    {
        var (client, problem) = await StaffReads.OpenClientAsync(clients, audit, request, clientId, "permits");
        return problem ?? await PermitsFunction.ListAsync(permits, request, clientId, client!.Services);
    }
}
