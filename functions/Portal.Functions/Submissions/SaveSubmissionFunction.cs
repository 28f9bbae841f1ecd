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

/// <summary>
/// PUT /api/clients/{clientId}/submissions/{submissionId}: saves a draft's content whole, as the user types. <c>If-Match</c> names the
/// copy it replaces: without it 428; from a stale copy (another tab saved since) 412 with the latest as <c>current</c>.
/// </summary>
public sealed class SaveSubmissionFunction(Core.Submissions.Submissions submissions)
{
    [Function("SaveSubmission")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(Core.Submissions.Submission), Request = [typeof(SubmissionContentRequest)],
        Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict, ProblemTypes.PreconditionFailed, ProblemTypes.PreconditionRequired])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "clients/{clientId}/submissions/{submissionId}")] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        if (SubmissionForms.IfMatch(request) is not { } ifMatch)
        {
            return SubmissionForms.PreconditionRequired(http);
        }

        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.SubmissionContentRequest, (body, errors) => SubmissionForms.Content(body.Content, errors));
        if (read.Failed)
        {
            return read.Problem;
        }

        var change = await submissions.SaveAsync(clientId, submissionId, ifMatch, Editor.Of(request.Proven<ClientAccess>().User.Account), read.Value, http.RequestAborted);
        return SubmissionForms.Answer(http, change, done => new OkObjectResult(done));
    }
}
