using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>GET /api/clients/{clientId}/submissions/{submissionId}/documents/{documentId}: a document the back office put for the submission, as a PDF attachment under its sanitised name.</summary>
public sealed class SubmissionDocumentFunction(SubmissionDocuments documents)
{
    [Function("SubmissionDocument")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status200OK, MediaType = "application/pdf", Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/submissions/{submissionId}/documents/{documentId}")] HttpRequest request,
        string clientId,
        string submissionId,
        string documentId)
    {
        var http = request.HttpContext;
        if (await documents.OpenAsync(clientId, submissionId, documentId, http.RequestAborted) is not { } found)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "The submission has no such document.");
        }

        return StoredDocuments.Attachment(http, found.Content, "application/pdf", found.FileName);
    }
}
