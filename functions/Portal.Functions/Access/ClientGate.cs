using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Access;

/// <summary>
/// Every client-scoped request: the session, then the membership (a client the user does not act
/// for answers 404, as if it did not exist), then the scope (403 scope-required), then whether the
/// service is for this client at all (403 service-not-available).
/// </summary>
public sealed class ClientGate(SessionGate sessions, ClientStore clients)
{
    public async Task<(ClientAccess? Access, IActionResult? Problem)> AuthorizeAsync(HttpRequest request, string clientId, ClientServices.Rule rule)
    {
        var (user, problem) = await sessions.AuthenticateAsync(request, SessionRequirement.Complete);
        if (user is null)
        {
            return (null, problem);
        }

        var http = request.HttpContext;
        // Side by side: every client-scoped request needs both, and neither waits for the other.
        var membershipRead = clients.MembershipAsync(user.Account.Id, clientId, http.RequestAborted);
        var clientRead = clients.GetAsync(clientId, http.RequestAborted);
        var (membership, client) = (await membershipRead, await clientRead);
        if (membership is null || client is null)
        {
            return (null, Problems.NotFound(http, ProblemTypes.ClientNotFound, "There is no such client among yours."));
        }

        if (rule.Scope is { } scope && !membership.Scopes.Contains(scope))
        {
            return (null, Problems.Forbidden(http, ProblemTypes.ScopeRequired, "You may not do this for this client.", $"It needs the scope '{scope}'; a client admin can grant it."));
        }

        if (!ClientServices.Serves(rule, client))
        {
            return (null, Problems.Forbidden(http, ProblemTypes.ServiceNotAvailable, "This service is not available for this client.", rule.Unavailable));
        }

        return (new ClientAccess(user, membership, client), null);
    }
}
