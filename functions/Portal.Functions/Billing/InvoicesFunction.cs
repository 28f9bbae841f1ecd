using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Billing;

/// <summary>
/// GET /api/clients/{clientId}/invoices?state=&amp;issuedFrom=&amp;issuedTo=&amp;dueFrom=&amp;dueTo=&amp;minAmount=&amp;maxAmount=&amp;billingAccount=&amp;number=&amp;reference=&amp;sort=&amp;pageSize=&amp;continuationToken=:
/// the client's invoices and credit notes, each with its own state, filtered and in the order asked for, a page at a time.
/// </summary>
public sealed class InvoicesFunction(BillingViews billing, TimeProvider time)
{
    [Function("Invoices")]
    [ClientService(ClientServices.Invoices)]
    [Responds(typeof(InvoiceListResponse), Query = ["state", "issuedFrom", "issuedTo", "dueFrom", "dueTo", "minAmount", "maxAmount", "billingAccount", "number", "reference", "sort", "pageSize", "continuationToken"],
        Problems = [ProblemTypes.BadRequest])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices")] HttpRequest request,
        string clientId) => await ListAsync(billing, time, request, clientId);

    /// <summary>The list as the query asks, or its field errors: the client's own and staff's read-only view (<see cref="Staff.StaffClientInvoicesFunction"/>) answer alike.</summary>
    internal static async Task<IActionResult> ListAsync(BillingViews billing, TimeProvider time, HttpRequest request, string clientId)
    {
        var http = request.HttpContext;
        var query = InvoiceQuery.Parse(name => request.Query[name].ToString());
        if (query.Failed(http, out var problem))
        {
            return problem;
        }

        var (items, next) = await billing.InvoicesAsync(clientId, query.Value, ContinuationToken.Of(request), RigaCalendar.DateOf(time.GetUtcNow()), http.RequestAborted);
        return new OkObjectResult(new InvoiceListResponse([.. items.Select(InvoiceItem.Of)], next));
    }
}
