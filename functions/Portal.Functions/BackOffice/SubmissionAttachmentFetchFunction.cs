using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.BackOffice;

/// <summary>
/// GET /api/backoffice/submissions/{submissionId}/attachments/{attachmentId}: a file a submission or an answer sent, as the events list
/// it, for Retention:SubmissionFilesDays after it was sent; each fetch on the client's audit trail.
/// </summary>
public sealed class SubmissionAttachmentFetchFunction(SubmissionAttachments attachments)
{
    [Function("BackOfficeSubmissionAttachment")]
    [BackOffice]
    [Responds(StatusCodes.Status200OK, MediaType = AttachmentKind.MediaTypes, Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/submissions/{submissionId}/attachments/{attachmentId}")] HttpRequest request,
        string submissionId,
        string attachmentId)
    {
        var http = request.HttpContext;
        if (await attachments.FetchAsync(submissionId, attachmentId, request.Proven<StaffMember>().Actor, ClientInfo.Origin(http), http.RequestAborted) is not { } found)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "No sent submission or answer has this file, or it is no longer kept.");
        }

        return StoredDocuments.Attachment(http, found.Content, found.File.MediaType!, found.File.Name);
    }
}
