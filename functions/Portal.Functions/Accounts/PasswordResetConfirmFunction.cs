using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/password-reset/confirm: the token from the emailed link and the new password.</summary>
public sealed class PasswordResetConfirmFunction(PasswordChanges passwords)
{
    [Function("PasswordResetConfirm")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/password-reset/confirm")] HttpRequest request)
    {
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.PasswordResetConfirmRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        if (Problems.MissingFields(request.HttpContext, ("token", body.Token), ("newPassword", body.NewPassword)) is { } missing)
        {
            return missing;
        }

        var outcome = await passwords.ResetAsync(body.Token!, body.NewPassword!, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return PasswordOutcomes.ToResult(request.HttpContext, outcome);
    }
}
