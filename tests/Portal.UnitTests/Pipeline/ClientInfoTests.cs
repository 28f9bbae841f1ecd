using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Functions.Pipeline;

namespace Portal.UnitTests.Pipeline;

public sealed class ClientInfoTests
{
    [Fact]
    public void IpAddress_UntrustedConnection_IgnoresForwardedFor()
    {
        var http = Request("203.0.113.9", "198.51.100.1", trusted: []);

        Assert.Equal("203.0.113.9", ClientInfo.IpAddress(http));
    }

    [Fact]
    public void IpAddress_BehindATrustedProxy_TakesTheNearestUntrustedForwardedAddress()
    {
        var http = Request("127.0.0.1", "198.51.100.1, 203.0.113.7, 127.0.0.1", trusted: ["127.0.0.1"]);

        Assert.Equal("203.0.113.7", ClientInfo.IpAddress(http));
    }

    [Fact]
    public void IpAddress_TrustedProxyWithoutHeader_IsTheConnection()
    {
        Assert.Equal("127.0.0.1", ClientInfo.IpAddress(Request("127.0.0.1", "", trusted: ["127.0.0.1"])));
    }

    private static DefaultHttpContext Request(string remote, string forwardedFor, string[] trusted)
    {
        var services = new ServiceCollection();
        services.AddOptions<ForwardingOptions>().Configure(o =>
        {
            foreach (var proxy in trusted)
            {
                o.TrustedProxies.Add(proxy);
            }
        });
        var http = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwardedFor.Length > 0)
        {
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        return http;
    }
}
