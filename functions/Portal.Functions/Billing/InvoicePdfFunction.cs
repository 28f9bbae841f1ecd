using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Billing;

/// <summary>GET /api/clients/{clientId}/invoices/{invoiceId}/pdf: the invoice as ES issued it (§2: the same legal force as on paper).</summary>
public sealed class InvoicePdfFunction(BillingViews billing)
{
    [Function("InvoicePdf")]
    [ClientService(ClientServices.Invoices)]
    [Responds(StatusCodes.Status200OK, MediaType = "application/pdf", Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices/{invoiceId}/pdf")] HttpRequest request,
        string clientId,
        string invoiceId)
    {
        var http = request.HttpContext;
        if (await billing.OpenPdfAsync(clientId, invoiceId, http.RequestAborted) is not { } found)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no PDF of this invoice.");
        }

        // Named by the invoice's number, as the client knows it.
        return StoredDocuments.Attachment(http, found.Pdf, "application/pdf", $"{found.Number}.pdf");
    }
}
