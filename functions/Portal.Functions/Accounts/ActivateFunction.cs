using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/activate: the approved applicant sets their first password through the emailed link (§10).</summary>
public sealed class ActivateFunction(AccountActivation activation)
{
    [Function("Activate")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/activate")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ActivateRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var errors = new FieldErrors();
        var token = errors.Required("token", body.Token);
        var password = errors.Required("password", body.Password);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(http, errors);
        }

        var outcome = await activation.ActivateAsync(token, password, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, _ => new NoContentResult());
    }
}
