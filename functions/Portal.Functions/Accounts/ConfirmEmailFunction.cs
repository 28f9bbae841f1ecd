using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

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

        if (Problems.MissingFields(http, ("token", body.Token)) is { } missing)
        {
            return missing;
        }

        return await profiles.ConfirmEmailAsync(body.Token!, ClientInfo.Origin(http), http.RequestAborted) switch
        {
            EmailConfirmOutcome.Changed => new NoContentResult(),
            EmailConfirmOutcome.Taken => Problems.Conflict(http, Problems.Types.Conflict, "Another account uses this email address now.", "Choose another address in your profile."),
            _ => Problems.Validation(http, new Dictionary<string, string[]> { ["token"] = ["The link is not valid: it was used already, or it has expired. Ask for the change again in your profile."] }),
        };
    }
}
