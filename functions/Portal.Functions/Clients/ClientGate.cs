using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Clients;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

/// <summary>
/// Declares which of the portal's services (<see cref="ClientServices"/>) a client-scoped function
/// (route "clients/{clientId}/...") is: its rule names the scope needed and the clients it serves.
/// Every such function carries it; a test reads it to check each route against no session, another
/// client, each missing scope and a client the service is not for.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClientServiceAttribute(string service) : Attribute
{
    public ClientServices.Rule Rule { get; } = ClientServices.For(service);
}

/// <summary>A signed-in user acting for one client.</summary>
public sealed record ClientAccess(SignedIn User, Membership Membership, Client Client);

/// <summary>
/// Every client-scoped request: the session, then the membership (a client the user does not act
/// for answers 404, as if it did not exist), then the scope (403 scope-required), then whether the
/// service is for this client at all (403 service-not-available).
/// </summary>
public sealed class ClientGate(SessionGate sessions, ClientStore clients)
{
    public async Task<(ClientAccess? Access, IActionResult? Problem)> CheckAsync(HttpRequest request, string clientId, string service)
    {
        var (user, problem) = await sessions.CheckAsync(request, SessionRequirement.Complete);
        if (problem is not null)
        {
            return (null, problem);
        }

        var http = request.HttpContext;
        var rule = ClientServices.For(service);
        // Side by side: every client-scoped request needs both, and neither waits for the other.
        var membershipRead = clients.MembershipAsync(user!.Account.Id, clientId, http.RequestAborted);
        var clientRead = clients.GetAsync(clientId, http.RequestAborted);
        var (membership, client) = (await membershipRead, await clientRead);
        if (membership is null || client is null)
        {
            return (null, Problems.NotFound(http, Problems.Types.ClientNotFound, "There is no such client among yours."));
        }

        if (rule.Scope is { } scope && !membership.Scopes.Contains(scope))
        {
            return (null, Problems.Forbidden(http, Problems.Types.ScopeRequired, "You may not do this for this client.", $"It needs the scope '{scope}'; a client admin can grant it."));
        }

        if (!ClientServices.Serves(rule, client))
        {
            return (null, Problems.Forbidden(http, Problems.Types.ServiceNotAvailable, "This service is not available for this client.", rule.Unavailable));
        }

        return (new ClientAccess(user, membership, client), null);
    }
}
