using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

/// <summary>POST /api/auth/sign-out: ends this browser's session.</summary>
public sealed class SignOutFunction(SessionStore sessions)
{
    [Function("SignOut")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/sign-out")] HttpRequest request)
    {
        if (SessionCookie.Read(request) is { } token)
        {
            await sessions.EndAsync(token, request.HttpContext.RequestAborted);
        }

        SessionCookie.Clear(request.HttpContext.Response);
        return new NoContentResult();
    }
}
