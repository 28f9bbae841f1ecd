using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/activate: the approved applicant sets their first password through the emailed link (§10).</summary>
public sealed class ActivateFunction(AccountActivation activation)
{
    [Function("Activate")]
    [Anonymous]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(ActivateRequest)], Problems = [ProblemTypes.ActivationLinkExpired, ProblemTypes.ActivationLinkSuperseded])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/activate")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ActivateRequest, (body, errors) => (Token: errors.Required("token", body.Token), Password: errors.Required("password", body.Password)));
        if (read.Failed)
        {
            return read.Problem;
        }

        var (token, password) = read.Value;

        var outcome = await activation.ActivateAsync(token, password, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, _ => new NoContentResult());
    }
}
