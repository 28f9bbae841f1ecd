using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>DELETE /api/staff/clients/{clientId}/representatives/{userId}: staff remove a representative (§6), the last admin too.</summary>
public sealed class StaffRemoveRepresentativeFunction(Representatives representatives)
{
    [Function("StaffRemoveRepresentative")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(StatusCodes.Status204NoContent, Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "staff/clients/{clientId}/representatives/{userId}")] HttpRequest request,
        string clientId,
        string userId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        return (await representatives.RemoveAsync(clientId, userId, staff.Actor, byStaff: true, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http);
    }
}
