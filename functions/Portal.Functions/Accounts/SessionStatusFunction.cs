using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Staff;

namespace Portal.Functions.Accounts;

/// <summary>
/// GET /api/auth/session: whether this browser is signed in, and as whom. The UI asks this on every
/// page load; it answers 200 either way, so a visitor's browser logs no failed request.
/// </summary>
public sealed class SessionStatusFunction(SessionStore sessions, MeResponses me, Portal.Core.Identity.ExternalProtocols protocols)
{
    [Function("SessionStatus")]
    [OptionalSession]
    [Responds(typeof(SessionStatusResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "auth/session")] HttpRequest request)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        if (request.Proven<OptionalUser>().User is { } user)
        {
            return new OkObjectResult(new SessionStatusResponse(true, await me.DescribeAsync(user, cancellationToken), null, protocols.Providers, Banks));
        }

        // Not a portal user's session: it may be a staff member's (the gate leaves their cookie in place).
        if (SessionCookie.Read(request) is { } token && await sessions.FindAsync(token, cancellationToken) is { Staff: { } staff })
        {
            return new OkObjectResult(new SessionStatusResponse(true, null, new StaffMeResponse(staff.Id, staff.Name, staff.Email, staff.Roles), protocols.Providers, Banks));
        }

        return new OkObjectResult(new SessionStatusResponse(false, null, null, protocols.Providers, Banks));
    }

    private IReadOnlyList<SignInProviderItem> Banks =>
        [.. protocols.Offered.OfType<Portal.Core.Payments.BankLink.BankLinkSignIn>().Select(bank => new SignInProviderItem(bank.Provider, bank.DisplayName))];
}
