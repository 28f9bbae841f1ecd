using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Clients;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

/// <summary>
/// Declares what a client-scoped function (route "clients/{clientId}/...") needs: a membership in
/// the client, and this scope if one is named. Every such function carries it; a test reads it to
/// check each route against no session, another client, and each missing scope.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClientScopeAttribute(string? scope = null) : Attribute
{
    public string? Scope { get; } = scope;
}

/// <summary>A signed-in user acting for one client.</summary>
public sealed record ClientAccess(SignedIn User, Membership Membership);

/// <summary>
/// Every client-scoped request: the session, then the membership (a client the user does not act
/// for answers 404, as if it did not exist), then the scope (403 with a specific type).
/// </summary>
public sealed class ClientGate(SessionGate sessions, ClientStore clients)
{
    public async Task<(ClientAccess? Access, IActionResult? Problem)> CheckAsync(HttpRequest request, string clientId, string? scope)
    {
        var (user, problem) = await sessions.CheckAsync(request, SessionRequirement.Complete);
        if (problem is not null)
        {
            return (null, problem);
        }

        var http = request.HttpContext;
        var membership = await clients.MembershipAsync(user!.Account.Id, clientId, http.RequestAborted);
        if (membership is null)
        {
            return (null, Problems.NotFound(http, Problems.Types.ClientNotFound, "There is no such client among yours."));
        }

        if (scope is not null && !membership.Scopes.Contains(scope))
        {
            return (null, Problems.Forbidden(http, Problems.Types.ScopeRequired, "You may not do this for this client.", $"It needs the scope '{scope}'; a client admin can grant it."));
        }

        return (new ClientAccess(user, membership), null);
    }
}
