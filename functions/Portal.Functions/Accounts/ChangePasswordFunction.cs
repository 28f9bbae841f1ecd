using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/me/password: the signed-in user's new password; their other sessions end.</summary>
public sealed class ChangePasswordFunction(PasswordChanges passwords)
{
    [Function("ChangePassword")]
    [SignedInUser(SessionRequirement.AllowPendingSteps)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/password")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();

        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ChangePasswordRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        if (Problems.MissingFields(request.HttpContext, ("currentPassword", body.CurrentPassword), ("newPassword", body.NewPassword)) is { } missing)
        {
            return missing;
        }

        var outcome = await passwords.ChangeAsync(
            user.Account, body.CurrentPassword!, body.NewPassword!, user.Session.Id, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return PasswordOutcomes.ToResult(request.HttpContext, outcome);
    }
}
