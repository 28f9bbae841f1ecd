using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Staff;

namespace Portal.Functions.Access;

/// <summary>
/// Checks a function's access rule before the function runs. On success it leaves what it proved in
/// the request's features (<see cref="ProvenAccess"/>) and answers null; otherwise it answers the refusal.
/// </summary>
public sealed class AccessGate(SessionGate sessions, ClientGate clients, StaffGate staff) : IAccessGate
{
    public async Task<IActionResult?> ProveAsync(HttpContext http, AccessAttribute rule, Func<string, string?> routeValue)
    {
        var request = http.Request;
        switch (rule)
        {
            case AnonymousAttribute or ExternalCallbackAttribute:
                return null;
            case OptionalSessionAttribute optional:
                var (maybe, _) = await sessions.AuthenticateAsync(request, optional.Requirement);
                ProvenAccess.Prove(http, new OptionalUser(maybe));
                return null;
            case SignedInUserAttribute signedIn:
                var (user, notSignedIn) = await sessions.AuthenticateAsync(request, signedIn.Requirement);
                return Proved(http, user, notSignedIn);
            case ClientServiceAttribute service:
                var (access, notMember) = await clients.AuthorizeAsync(request, routeValue(ClientServiceAttribute.ClientIdRouteValue) ?? "", service.Rule);
                return Proved(http, access, notMember);
            case StaffRoleAttribute role:
                var (member, notStaff) = await staff.AuthorizeAsync(request, role.Role);
                return Proved(http, member, notStaff);
            case BackOfficeAttribute:
                var (backOffice, notBackOffice) = await staff.AuthorizeAsync(request, StaffRoles.BackOfficeWrite, bearerOnly: true);
                return Proved(http, backOffice, notBackOffice);
            default:
                throw new InvalidOperationException($"No gate checks the access rule {rule.GetType().Name}.");
        }
    }

    private static IActionResult? Proved<T>(HttpContext http, T? value, IActionResult? refusal)
        where T : class
    {
        if (value is null)
        {
            return refusal ?? throw new InvalidOperationException("A gate neither proved access nor refused it.");
        }

        ProvenAccess.Prove(http, value);
        return null;
    }
}
