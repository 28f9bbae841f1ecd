using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Permits;

/// <summary>
/// GET /api/clients/{clientId}/permits/{permitId}/document: the signed e-permit as ES put it (a PDF or an ASiC-E
/// ".edoc"), named by the permit's number. It has legal force in electronic form only; a printout is a copy.
/// </summary>
public sealed class PermitDocumentFunction(PermitDocuments documents)
{
    [Function("PermitDocument")]
    [ClientService(ClientServices.EPermits)]
    [Responds(StatusCodes.Status200OK, MediaType = "application/pdf, " + AsicCheck.MediaType, Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/permits/{permitId}/document")] HttpRequest request,
        string clientId,
        string permitId)
    {
        var http = request.HttpContext;
        return await documents.OpenAsync(clientId, permitId, http.RequestAborted) is { } found
            ? StoredDocuments.Attachment(http, found.Content, found.MediaType, found.FileName)
            : Problems.NotFound(http, ProblemTypes.NotFound, "There is no e-permit of this permit.");
    }
}
