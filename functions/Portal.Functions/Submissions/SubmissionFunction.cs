using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Submissions;

/// <summary>
/// GET /api/clients/{clientId}/submissions/{submissionId}: one draft or submission with its content, what its form still finds wrong, its files
/// and its <c>ETag</c>; a sent one with its history and documents.
/// </summary>
public sealed class SubmissionFunction(SubmissionHistory submissions, SubmissionAttachments attachments)
{
    [Function("Submission")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(Core.Submissions.Submission), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/submissions/{submissionId}")] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        if (await submissions.FindAsync(clientId, submissionId, http.RequestAborted) is not { } submission)
        {
            return SubmissionForms.NotFound(http);
        }

        if (submission.Status == SubmissionStatus.Draft)
        {
            submission = submission with { Attachments = await attachments.ListAsync(clientId, submissionId, http.RequestAborted) };
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ETag = submission.Etag;
        return new OkObjectResult(submission);
    }
}
