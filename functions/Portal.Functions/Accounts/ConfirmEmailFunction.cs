using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/confirm-email {token}: the link sent to a new address makes it the email and username; every session ends.</summary>
public sealed class ConfirmEmailFunction(ProfileChanges profiles)
{
    [Function("ConfirmEmail")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/confirm-email")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TokenRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var errors = new FieldErrors();
        var token = errors.Required("token", body.Token);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(http, errors);
        }

        var outcome = await profiles.ConfirmEmailAsync(token, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, _ => new NoContentResult());
    }
}
