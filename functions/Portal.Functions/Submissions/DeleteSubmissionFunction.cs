using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Submissions;

/// <summary>DELETE /api/clients/{clientId}/submissions/{submissionId}: deletes a draft (only a draft); with <c>If-Match</c>, only the copy it names.</summary>
public sealed class DeleteSubmissionFunction(Core.Submissions.Submissions submissions)
{
    [Function("DeleteSubmission")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status204NoContent, Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict, ProblemTypes.PreconditionFailed])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "clients/{clientId}/submissions/{submissionId}")] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        var change = await submissions.DeleteAsync(clientId, submissionId, SubmissionForms.IfMatch(request), http.RequestAborted);
        return SubmissionForms.Answer(http, change, _ => new NoContentResult());
    }
}
