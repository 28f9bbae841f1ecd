using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/me/password: the signed-in user's new password; every session ends and this browser gets a new session cookie.</summary>
public sealed class ChangePasswordFunction(PasswordChanges passwords)
{
    [Function("ChangePassword")]
    [SignedInUser(SessionRequirement.AllowPendingSteps)]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(ChangePasswordRequest)], Problems = [ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/password")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();

        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ChangePasswordRequest, (body, errors) => (Current: errors.Required("currentPassword", body.CurrentPassword), New: errors.Required("newPassword", body.NewPassword)));
        if (read.Failed)
        {
            return read.Problem;
        }

        var (currentPassword, newPassword) = read.Value;

        var outcome = await passwords.ChangeAsync(
            user.Account, currentPassword, newPassword, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return outcome.ToResult(request.HttpContext, renewed =>
        {
            SessionCookie.Write(request.HttpContext.Response, renewed);
            return new NoContentResult();
        });
    }
}
