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

/// <summary>GET /api/clients/{clientId}/invoices/{invoiceId}: one invoice with its lines, VAT totals, what settled it and what to quote when paying.</summary>
public sealed class InvoiceFunction(BillingViews billing, TimeProvider time)
{
    [Function("Invoice")]
    [ClientService(ClientServices.Invoices)]
    [Responds(typeof(InvoiceDetailResponse), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices/{invoiceId}")] HttpRequest request,
        string clientId,
        string invoiceId)
    {
        var http = request.HttpContext;
        return await billing.InvoiceAsync(clientId, invoiceId, RigaCalendar.DateOf(time.GetUtcNow()), http.RequestAborted) is { } detail
            ? new OkObjectResult(InvoiceDetailResponse.Of(detail))
            : Problems.NotFound(http, ProblemTypes.NotFound, "The client has no such invoice.");
    }
}
