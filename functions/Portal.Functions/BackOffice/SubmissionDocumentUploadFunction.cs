using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.BackOffice;

/// <summary>
/// PUT /api/backoffice/submissions/{submissionId}/documents/{documentId}?name=...: a document for a sent submission (a decision, an
/// e-permit) as a plain PDF body of at most 20 MB, judged by its content; <c>name</c> is the file name the client sees (sanitised,
/// ".pdf"; the document id without one). The same id again replaces the document. On the client's audit trail.
/// </summary>
public sealed class SubmissionDocumentUploadFunction(SubmissionDocuments documents)
{
    public const string NameParameter = "name";

    [Function("BackOfficeSubmissionDocument")]
    [BackOffice]
    [Responds(typeof(DocumentStored), RequestMediaType = "application/pdf", RequestMaxBytes = SubmissionDocuments.MaxBytes, Query = [NameParameter],
        Problems = [ProblemTypes.BadRequest, ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/submissions/{submissionId}/documents/{documentId}")] HttpRequest request,
        string submissionId,
        string documentId)
    {
        var http = request.HttpContext;

        // The pipeline stops a body past MaxBytes (RequestLimits).
        var content = await LimitedBody.ReadAllAsync(request);
        var name = request.Query[NameParameter].ToString();
        var stored = await documents.StoreAsync(submissionId, documentId, name.Length > 0 ? name : null, content, request.Proven<StaffMember>().Actor, ClientInfo.Origin(http), http.RequestAborted);
        return stored.ToResult(http, document => new OkObjectResult(document));
    }
}
