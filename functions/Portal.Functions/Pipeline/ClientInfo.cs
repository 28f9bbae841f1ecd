using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;

namespace Portal.Functions.Pipeline;

/// <summary>Who is calling, as far as the request tells: recorded with sign-ins and sessions (§23.1), and what throttling counts by.</summary>
public static class ClientInfo
{
    /// <summary>
    /// The connection's address, or - only when that is a trusted proxy - the nearest address in
    /// X-Forwarded-For that is not one, so a client cannot choose the address it is counted by.
    /// </summary>
    public static string IpAddress(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        var trusted = http.RequestServices?.GetService<IOptions<ForwardingOptions>>()?.Value.TrustedProxies ?? [];
        if (remote is null)
        {
            return "unknown";
        }

        if (!IsTrusted(remote, trusted))
        {
            return remote.ToString();
        }

        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = forwarded.Length - 1; i >= 0; i--)
        {
            if (IPAddress.TryParse(forwarded[i], out var address) && !IsTrusted(address, trusted))
            {
                return address.ToString();
            }
        }

        return remote.ToString();
    }

    public static string UserAgent(HttpContext http) => http.Request.Headers.UserAgent.ToString();

    /// <summary>What the audit trail records of a request's origin.</summary>
    public static AuditOrigin Origin(HttpContext http)
    {
        var agent = UserAgent(http);
        return new AuditOrigin(IpAddress(http), agent[..Math.Min(agent.Length, 512)], CorrelationId.Of(http));
    }

    private static bool IsTrusted(IPAddress address, IList<string> trusted) =>
        trusted.Any(proxy => IPAddress.TryParse(proxy, out var known) && known.Equals(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
