using Microsoft.AspNetCore.Http;
using Portal.Core.Audit;

namespace Portal.Functions.Pipeline;

/// <summary>Who is calling, as far as the request tells: recorded with sign-ins and sessions (§23.1).</summary>
public static class ClientInfo
{
    // Forwarding headers are not trusted yet: a trusted-proxy setting comes with the per-IP throttling.
    public static string IpAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string UserAgent(HttpContext http) => http.Request.Headers.UserAgent.ToString();

    /// <summary>What the audit trail records of a request's origin.</summary>
    public static AuditOrigin Origin(HttpContext http)
    {
        var agent = UserAgent(http);
        return new AuditOrigin(IpAddress(http), agent[..Math.Min(agent.Length, 512)], CorrelationId.Of(http));
    }
}
