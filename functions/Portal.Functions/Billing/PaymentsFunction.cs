using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Billing;

/// <summary>GET /api/clients/{clientId}/payments?continuationToken=: payments received, newest first, a page at a time.</summary>
public sealed class PaymentsFunction(BillingViews billing)
{
    private const int PageSize = 50;

    [Function("Payments")]
    [ClientService(ClientServices.Payments)]
    [Responds(typeof(PaymentListResponse), Query = ["continuationToken"])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/payments")] HttpRequest request,
        string clientId)
    {
        var (items, next) = await billing.PaymentsAsync(clientId, PageSize, ContinuationToken.Of(request), request.HttpContext.RequestAborted);
        return new OkObjectResult(new PaymentListResponse([.. items.Select(p => new PaymentItem(p.Id, p.ReceivedOn, Cents.ToEuros(p.AmountCents), [.. p.Allocations.Select(a => new AllocationItem(a.InvoiceExternalId, Cents.ToEuros(a.AmountCents)))]))], next));
    }
}
