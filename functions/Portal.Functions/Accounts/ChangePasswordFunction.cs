using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

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

        var errors = new FieldErrors();
        var currentPassword = errors.Required("currentPassword", body.CurrentPassword);
        var newPassword = errors.Required("newPassword", body.NewPassword);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(request.HttpContext, errors);
        }

        var outcome = await passwords.ChangeAsync(
            user.Account, currentPassword, newPassword, user.Session.Id, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return outcome.ToResult(request.HttpContext);
    }
}
