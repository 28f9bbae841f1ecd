using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.BackOffice;

/// <summary>
/// PUT /api/backoffice/permits/{externalId}/document: the permit's signed e-permit (the body, up to 10 MB), a PDF or
/// an ASiC-E container (".edoc"), judged by its content whatever the request says it is.
/// </summary>
public sealed class PermitDocumentUploadFunction(PermitDocuments documents)
{
    [Function("BackOfficePermitDocument")]
    [BackOffice]
    [Responds(StatusCodes.Status204NoContent, RequestMediaType = "application/octet-stream", RequestMaxBytes = PermitDocuments.MaxBytes, Problems = [ProblemTypes.BadRequest, ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/permits/{externalId}/document")] HttpRequest request,
        string externalId)
    {
        var http = request.HttpContext;

        // The pipeline stops a body past MaxBytes (RequestLimits).
        var stored = await documents.StoreAsync(externalId, await LimitedBody.ReadAllAsync(request), http.RequestAborted);
        return stored.Failed(http, out var problem) ? problem : new NoContentResult();
    }
}
