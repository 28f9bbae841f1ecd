using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Billing;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.BackOffice;

/// <summary>PUT /api/backoffice/invoices/{externalId}/pdf: the invoice's PDF (the body, up to 10 MB), judged by its content (PdfCheck: structure, no active content).</summary>
public sealed class InvoicePdfUploadFunction(BillingFeed billing)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    [Function("BackOfficeInvoicePdf")]
    [BackOffice]
    [Responds(StatusCodes.Status204NoContent, RequestMediaType = "application/pdf", RequestMaxBytes = MaxBytes, Problems = [ProblemTypes.BadRequest, ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/invoices/{externalId}/pdf")] HttpRequest request,
        string externalId)
    {
        var http = request.HttpContext;

        // The pipeline stops a body past MaxBytes (RequestLimits).
        var pdf = await LimitedBody.ReadAllAsync(request);
        if (PdfCheck.Problem(pdf) is { } problem)
        {
            return Problems.Validation(http, "body", $"The invoice PDF {problem}");
        }

        return StorageKeys.IsUsable(externalId, 100) && await billing.StorePdfAsync(externalId, pdf, http.RequestAborted)
            ? new NoContentResult()
            : Problems.NotFound(http, ProblemTypes.NotFound, "No invoice has this external id.", "Feed the invoice first.");
    }
}
