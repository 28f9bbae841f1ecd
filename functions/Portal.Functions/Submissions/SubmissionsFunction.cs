using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Submissions;

/// <summary>GET /api/clients/{clientId}/submissions: the client's drafts and submissions, the newest first.</summary>
public sealed class SubmissionsFunction(Core.Submissions.Submissions submissions)
{
    [Function("Submissions")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(SubmissionListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/submissions")] HttpRequest request,
        string clientId)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new OkObjectResult(new SubmissionListResponse(await submissions.ListAsync(clientId, request.HttpContext.RequestAborted)));
    }
}
