using Microsoft.AspNetCore.Http;
using Portal.Core.Accounts;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Accounts;

namespace Portal.Functions.Identity;

/// <summary>A sign-in that ended a step of an external sign-in: the session cookie set, the binding cookie cleared, the user described as a password sign-in is.</summary>
public sealed class ExternalSessionAnswer(SessionStore sessions, SessionGate gate, MeResponses me, TermsCatalog terms)
{
    public async Task<MeResponse> WriteAsync(HttpRequest request, StartedSession started)
    {
        var http = request.HttpContext;
        var user = gate.Describe(started.Account, started.Session.Session, started.Session.Token, await terms.CurrentVersionNumberAsync(http.RequestAborted));
        await SessionCookie.EndEarlierAsync(request, sessions);
        SessionCookie.Write(http.Response, started.Session);
        ExternalSignInCookie.Clear(http.Response);
        return await me.DescribeAsync(user, http.RequestAborted);
    }
}
