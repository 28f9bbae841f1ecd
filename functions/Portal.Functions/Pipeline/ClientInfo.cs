using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;

namespace Portal.Functions.Pipeline;

/// <summary>Who is calling, as far as the request tells: recorded with sign-ins and sessions (§23.1), and what throttling counts by.</summary>
public static class ClientInfo
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    /// <summary>Azure Front Door's id of the profile a request came through.</summary>
    public const string FrontDoorIdHeader = "X-Azure-FDID";

    /// <summary>Azure Front Door's record of the address of the TCP connection that reached it, which a client cannot write.</summary>
    public const string FrontDoorSocketHeader = "X-Azure-SocketIP";

    /// <summary>
    /// The address throttling counts and the audit trail records, which the caller must not be able to
    /// choose. The connection's address, unless that is a trusted proxy (<see cref="ForwardingOptions"/>):
    /// then, behind our front door (its id header matching), the front door's record of the socket that
    /// reached it; otherwise X-Forwarded-For walked from the right, each trusted hop vouching for the
    /// entry to its left, up to the first address that is not a trusted proxy. Entries are endpoints as
    /// platforms write them (an address, "ip:port", "[ipv6]:port"); one that does not parse ends the
    /// walk, since nothing to its left can be believed, and the last believed hop is the answer.
    /// </summary>
    public static string IpAddress(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } remote)
        {
            return "unknown";
        }

        var options = http.RequestServices?.GetService<IOptions<ForwardingOptions>>()?.Value ?? new ForwardingOptions();
        var believed = Normal(remote);
        if (!IsTrusted(believed, options.TrustedProxies))
        {
            return believed.ToString();
        }

        var headers = http.Request.Headers;
        if (options.FrontDoorId is { Length: > 0 } frontDoor
            && string.Equals(headers[FrontDoorIdHeader].ToString().Trim(), frontDoor, StringComparison.OrdinalIgnoreCase)
            && TryParseEndpoint(headers[FrontDoorSocketHeader].ToString(), out var socket))
        {
            return socket.ToString();
        }

        var forwarded = string.Join(',', headers[ForwardedForHeader].ToArray()).Split(',', StringSplitOptions.TrimEntries);
        for (var i = forwarded.Length - 1; i >= 0 && forwarded[i].Length > 0; i--)
        {
            if (!TryParseEndpoint(forwarded[i], out var address))
            {
                break;
            }

            believed = address;
            if (!IsTrusted(address, options.TrustedProxies))
            {
                break;
            }
        }

        return believed.ToString();
    }

    /// <summary>
    /// The Functions worker's ASP.NET Core integration runs the forwarded-headers middleware, which would
    /// move the right-most X-Forwarded-For entry into the connection's address: behind a front door that
    /// is the front door's own address, and the trusted-hop rule above could no longer tell the hops
    /// apart. Host and scheme are still taken from the host's headers; the client address is decided here
    /// only, from the untouched header and the real connection (the Functions host on loopback).
    /// </summary>
    public static void KeepForwardedForHeader(IServiceCollection services) =>
        services.PostConfigure<ForwardedHeadersOptions>(options => options.ForwardedHeaders &= ~ForwardedHeaders.XForwardedFor);

    /// <summary>An address as a forwarding hop writes it: "203.0.113.7", "203.0.113.7:51234", "2001:db8::7" or "[2001:db8::7]:443".</summary>
    public static bool TryParseEndpoint(string text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = IPEndPoint.TryParse(text.Trim(), out var endpoint) ? Normal(endpoint.Address) : null;
        return address is not null;
    }

    public static string UserAgent(HttpContext http) => http.Request.Headers.UserAgent.ToString();

    /// <summary>What the audit trail records of a request's origin.</summary>
    public static AuditOrigin Origin(HttpContext http)
    {
        var agent = UserAgent(http);
        return new AuditOrigin(IpAddress(http), agent[..Math.Min(agent.Length, 512)], CorrelationId.Of(http));
    }

    private static IPAddress Normal(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool IsTrusted(IPAddress address, IList<string> trusted) =>
        trusted.Any(proxy => IPAddress.TryParse(proxy, out var known) && Normal(known).Equals(address));
}
