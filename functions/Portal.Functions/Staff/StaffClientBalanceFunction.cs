using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Audit;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Billing;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/clients/{clientId}/balance: the client's balance as the client sees it, read-only for support; audited in the client's trail and the staff member's.</summary>
public sealed class StaffClientBalanceFunction(ClientStore clients, BillingViews billing, AuditTrail audit, TimeProvider time)
{
    [Function("StaffClientBalance")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(BalanceResponse), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/clients/{clientId}/balance")] HttpRequest request,
        string clientId)
    {
        var (_, problem) = await StaffReads.OpenClientAsync(clients, audit, request, clientId, "balance");
        return problem ?? new OkObjectResult(BalanceResponse.Of(await billing.BalanceAsync(clientId, RigaCalendar.DateOf(time.GetUtcNow()), request.HttpContext.RequestAborted)));
    }
}
