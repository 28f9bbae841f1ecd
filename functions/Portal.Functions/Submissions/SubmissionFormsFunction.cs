using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Submissions;

/// <summary>GET /api/clients/{clientId}/submissions/forms: the forms this client is offered (§3, §7), as the UI lays them out.</summary>
public sealed class SubmissionFormsFunction(FormCatalog forms)
{
    [Function("SubmissionForms")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(SubmissionFormsResponse))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/submissions/forms")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();
        return new OkObjectResult(new SubmissionFormsResponse([.. forms.OfferedTo(access.Client).Select(f => f.Json)], forms.Shared));
    }
}
