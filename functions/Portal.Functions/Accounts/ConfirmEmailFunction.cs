using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/confirm-email {token}: the link sent to a new address makes it the email and username; every session ends.</summary>
public sealed class ConfirmEmailFunction(ProfileChanges profiles)
{
    [Function("ConfirmEmail")]
    [Anonymous]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(TokenRequest)], Problems = [ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/confirm-email")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TokenRequest, (body, errors) => errors.Required("token", body.Token));
        if (read.Failed)
        {
            return read.Problem;
        }

        var token = read.Value;

        var outcome = await profiles.ConfirmEmailAsync(token, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, _ => new NoContentResult());
    }
}
