using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

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

        if (Problems.MissingFields(http, ("token", body.Token), ("password", body.Password)) is { } missing)
        {
            return missing;
        }

        return await activation.ActivateAsync(body.Token!, body.Password!, ClientInfo.Origin(http), http.RequestAborted) switch
        {
            ActivationOutcome.Activated => new NoContentResult(),
            ActivationOutcome.Expired => Problems.Gone(http, Problems.Types.ActivationLinkExpired, "The activation link has expired.", "Ask for a new link on this page; it is sent to the same email address."),
            ActivationOutcome.WeakPassword weak => PasswordOutcomes.Refused(http, weak.Broken, "password"),
            _ => Problems.Validation(http, new Dictionary<string, string[]> { ["token"] = ["The link is not valid: it was used already, or the account is active. Sign in, or reset your password."] }),
        };
    }
}
