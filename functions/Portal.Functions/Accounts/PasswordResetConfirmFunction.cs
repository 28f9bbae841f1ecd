using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/password-reset/confirm: the token from the emailed link and the new password.</summary>
public sealed class PasswordResetConfirmFunction(PasswordChanges passwords)
{
    [Function("PasswordResetConfirm")]
    [Anonymous]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(PasswordResetConfirmRequest)], Problems = [ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/password-reset/confirm")] HttpRequest request)
    {
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.PasswordResetConfirmRequest, (body, errors) => (Token: errors.Required("token", body.Token), NewPassword: errors.Required("newPassword", body.NewPassword)));
        if (read.Failed)
        {
            return read.Problem;
        }

        var (token, newPassword) = read.Value;

        var outcome = await passwords.ResetAsync(token, newPassword, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return outcome.ToResult(request.HttpContext);
    }
}
