using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Billing;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>
/// GET /api/staff/clients/{clientId}/invoices?(the client's list's filters): the client's invoices as the client sees them,
/// read-only for support; each read audited in the client's trail and the staff member's.
/// </summary>
public sealed class StaffClientInvoicesFunction(ClientStore clients, BillingViews billing, AuditTrail audit, TimeProvider time)
{
    [Function("StaffClientInvoices")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(InvoiceListResponse), Query = ["state", "issuedFrom", "issuedTo", "dueFrom", "dueTo", "minAmount", "maxAmount", "billingAccount", "number", "reference", "sort", "pageSize", "continuationToken"],
        Problems = [ProblemTypes.BadRequest, ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/clients/{clientId}/invoices")] HttpRequest request,
        string clientId)
    {
        var (_, problem) = await StaffReads.OpenClientAsync(clients, audit, request, clientId, "invoices");
        return problem ?? await InvoicesFunction.ListAsync(billing, time, request, clientId);
    }
}
