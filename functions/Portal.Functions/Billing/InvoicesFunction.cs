using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Billing;

/// <summary>GET /api/clients/{clientId}/invoices?number=&amp;continuationToken=: newest first, or by number prefix; a page at a time.</summary>
public sealed class InvoicesFunction(BillingViews billing)
{
    private const int PageSize = 50;

    [Function("Invoices")]
    [ClientService(ClientServices.Invoices)]
    [Responds(typeof(InvoiceListResponse), Query = ["number", "continuationToken"], Problems = [ProblemTypes.BadRequest])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices")] HttpRequest request,
        string clientId)
    {

        var http = request.HttpContext;
        var number = request.Query["number"].ToString().Trim();
        if (number.Length > 0 && !StorageKeys.IsUsable(number, 40))
        {
            return Problems.Validation(http, "number", "The beginning of an invoice number (at most 40 characters).");
        }

        var (items, next) = await billing.InvoicesAsync(clientId, number.Length == 0 ? null : number, PageSize, ContinuationToken.Of(request), http.RequestAborted);
        return new OkObjectResult(new InvoiceListResponse(
            [.. items.Select(i => new InvoiceItem(i.Id, i.Number, i.Kind, i.IssuedOn, i.DueOn, Cents.ToEuros(i.AmountCents), i.Status, i.HasPdf, i.BillingAccount, i.CreditsInvoiceId, i.PaymentReference))], next));
    }
}
