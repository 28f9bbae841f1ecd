using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Staff;

namespace Portal.Functions.Access;

/// <summary>
/// The staff member of a request: a script's bearer token (validated by Microsoft.Identity.Web) or
/// a staff browser session (the portal's cookie, begun by the staff sign-in). A person's session is
/// not staff, whatever it asks for.
/// </summary>
public sealed class StaffGate(SessionStore sessions, IOptions<StaffIdentityOptions> identity)
{
    /// <param name="bearerOnly">App-to-app routes (the back office): a browser session never counts.</param>
    public async Task<(StaffMember? Staff, IActionResult? Problem)> AuthorizeAsync(HttpRequest request, string role, bool bearerOnly = false)
    {
        var http = request.HttpContext;
        StaffMember? staff;
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (!result.Succeeded)
            {
                return (null, Problems.Unauthorized(http, ProblemTypes.StaffSignInRequired, "The bearer token is not valid.", "Get a token for the portal's app registration."));
            }

            // Signed by our tenant for our API is not enough: only an access token (an ID token names no
            // calling application), and for the back office's role only one issued to the back office.
            if (BearerKind.CallerOf(result.Principal) is not { } caller)
            {
                return (null, Problems.Unauthorized(http, ProblemTypes.StaffSignInRequired, "The bearer token is not an access token.", "Call with an access token for the portal's API, not an ID token."));
            }

            staff = StaffMember.FromClaims(result.Principal, isScript: true);
            if (role == StaffRoles.BackOfficeWrite && !string.Equals(caller, identity.Value.BackOfficeClientId, StringComparison.Ordinal))
            {
                return (null, Problems.Forbidden(http, ProblemTypes.StaffRoleRequired, "Only the back office writes here.", $"This needs a token issued to the back office's own application, with the app role {role}."));
            }
        }
        else if (bearerOnly)
        {
            return (null, Problems.Unauthorized(http, ProblemTypes.StaffSignInRequired, "A bearer token is required.", $"Call with a client-credentials token carrying the app role {role}."));
        }
        else
        {
            var token = SessionCookie.Read(request);
            var session = token is null ? null : await sessions.FindAsync(token, http.RequestAborted);
            if (token is null || session?.Staff is null)
            {
                return (null, Problems.Unauthorized(http, ProblemTypes.StaffSignInRequired, "Sign in as ES staff to continue.", "There is no staff session, or it has ended."));
            }

            staff = session.Staff;
            if (!SessionGate.IsBackground(request))
            {
                await sessions.TouchAsync(token, session, http.RequestAborted);
            }
        }

        return staff.Has(role)
            ? (staff, null)
            : (null, Problems.Forbidden(http, ProblemTypes.StaffRoleRequired, "Your role does not allow this.", $"This needs the app role {role}."));
    }
}
