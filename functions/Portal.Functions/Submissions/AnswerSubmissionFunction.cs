using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>
/// POST /api/clients/{clientId}/submissions/{submissionId}/answers: the user answers ES's request for information (only while the status
/// is information-requested; 409 otherwise). <c>Idempotency-Key</c> is required: a repeat answers the first result, the same key with
/// other text 422. Answers the history entry the answer became; it goes to the back office as <c>submission.answered</c>.
/// </summary>
public sealed class AnswerSubmissionFunction(SubmissionAnswers answers)
{
    [Function("AnswerSubmission")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(SubmissionHistoryEntry), Request = [typeof(AnswerRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict, ProblemTypes.IdempotencyKeyReused])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/submissions/{submissionId}/answers")] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.AnswerRequest, (body, errors) =>
            (Key: SubmissionForms.IdempotencyKey(request, errors, "answer"), Text: SubmissionText.Check(errors, "text", body.Text, required: true, "Write your answer.") ?? "",
                Files: AttachmentIds(body.AttachmentIds, errors)));
        if (read.Failed)
        {
            return read.Problem;
        }

        var order = new AnswerOrder(clientId, submissionId, request.Proven<ClientAccess>().User.Account, read.Value.Key, read.Value.Text, read.Value.Files, ClientInfo.Origin(http));
        var outcome = await answers.AnswerAsync(order, http.RequestAborted);
        return outcome.ToResult(http, entry => new OkObjectResult(entry));
    }

    /// <summary>The files' ids, each once, at most <see cref="SubmissionAttachments.MaxFiles"/>.</summary>
    private static IReadOnlyList<string> AttachmentIds(IReadOnlyList<string>? ids, FieldErrors errors)
    {
        ids ??= [];
        if (ids.Count > SubmissionAttachments.MaxFiles || ids.Distinct().Count() != ids.Count || ids.Any(id => id is null || !PortalIds.IsValid(id)))
        {
            errors.Add("attachmentIds", $"The ids of files uploaded for this answer, each once, at most {SubmissionAttachments.MaxFiles}.");
        }

        return ids;
    }
}
