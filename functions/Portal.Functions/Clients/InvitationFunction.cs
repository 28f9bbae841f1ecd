using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

/// <summary>POST /api/auth/invitation {token}: what an invitation link is for (the client, the email, the scopes, whether the email has an account).</summary>
public sealed class InvitationFunction(Representatives representatives)
{
    [Function("Invitation")]
    [Anonymous]
    [Responds(typeof(InvitationView), Request = [typeof(TokenRequest)])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/invitation")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TokenRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        return await representatives.PeekAsync(body.Token ?? "", http.RequestAborted) is { } view
            ? new OkObjectResult(view)
            : Problems.Validation(http, "token", "The invitation is not valid: it was used, or it is older than 7 days. Ask the client for a new one.");
    }
}
