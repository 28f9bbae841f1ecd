using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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

    // The Functions host in front of the worker writes the caller as "ip:port" at the right of X-Forwarded-For.

    [Fact]
    public void IpAddress_AnEntryTheClientWrote_NeverWinsOverThePlatformsIpAndPort()
    {
        var http = Request("127.0.0.1", "198.51.100.1, 203.0.113.7:51234", trusted: ["127.0.0.1"]);

        Assert.Equal("203.0.113.7", ClientInfo.IpAddress(http));
    }

    [Fact]
    public void IpAddress_ThroughTwoTrustedHops_IsTheFirstUntrustedFromTheRight()
    {
        var http = Request("127.0.0.1", "198.51.100.1, 203.0.113.7:443, 10.0.0.4:8080", trusted: ["127.0.0.1", "10.0.0.4"]);

        Assert.Equal("203.0.113.7", ClientInfo.IpAddress(http));
    }

    [Fact]
    public void IpAddress_AnEntryThatDoesNotParse_EndsTheWalkAtTheLastBelievedHop()
    {
        // The trusted hop vouches for "unknown", which names nobody: nothing to its left is believed.
        var http = Request("127.0.0.1", "198.51.100.1, unknown, 10.0.0.4", trusted: ["127.0.0.1", "10.0.0.4"]);

        Assert.Equal("10.0.0.4", ClientInfo.IpAddress(http));
    }

    [Theory]
    [InlineData("[2001:db8::7]:443", "2001:db8::7")]
    [InlineData("2001:db8::7", "2001:db8::7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData(" 203.0.113.7 ", "203.0.113.7")]
    public void IpAddress_ForwardedEndpoints_AsPlatformsWriteThem(string entry, string expected)
    {
        Assert.Equal(expected, ClientInfo.IpAddress(Request("127.0.0.1", entry, trusted: ["127.0.0.1"])));
    }

    [Fact]
    public void IpAddress_BehindOurFrontDoor_IsItsSocketAddress_WhateverForwardedForSays()
    {
        var http = Request("127.0.0.1", "198.51.100.1, 192.0.2.60:1025", trusted: ["127.0.0.1"], frontDoorId: "3f1c5a2e-0000-4000-8000-000000000001");
        http.Request.Headers[ClientInfo.FrontDoorIdHeader] = "3f1c5a2e-0000-4000-8000-000000000001";
        http.Request.Headers[ClientInfo.FrontDoorSocketHeader] = "203.0.113.50";
        http.Request.Headers["X-Azure-ClientIP"] = "198.51.100.1";

        Assert.Equal("203.0.113.50", ClientInfo.IpAddress(http));
    }

    [Fact]
    public void IpAddress_AnotherFrontDoorsId_IsNotBelieved()
    {
        // Another customer's Front Door profile reaches the same service tag; only our id counts.
        var http = Request("127.0.0.1", "192.0.2.60:1025", trusted: ["127.0.0.1"], frontDoorId: "3f1c5a2e-0000-4000-8000-000000000001");
        http.Request.Headers[ClientInfo.FrontDoorIdHeader] = "9d9d9d9d-0000-4000-8000-000000000002";
        http.Request.Headers[ClientInfo.FrontDoorSocketHeader] = "203.0.113.50";

        Assert.Equal("192.0.2.60", ClientInfo.IpAddress(http));
    }

    [Fact]
    public void IpAddress_FrontDoorHeaders_FromAnUntrustedConnection_AreIgnored()
    {
        var http = Request("203.0.113.9", "", trusted: ["127.0.0.1"], frontDoorId: "3f1c5a2e-0000-4000-8000-000000000001");
        http.Request.Headers[ClientInfo.FrontDoorIdHeader] = "3f1c5a2e-0000-4000-8000-000000000001";
        http.Request.Headers[ClientInfo.FrontDoorSocketHeader] = "198.51.100.1";

        Assert.Equal("203.0.113.9", ClientInfo.IpAddress(http));
    }

    // In Azure the worker's ASP.NET Core integration runs the forwarded-headers middleware before any
    // function (all forwarded headers, any number of hops, loopback trusted). These run it as the worker
    // configures it, followed by the portal's own registration, on chains the platform writes.

    [Fact]
    public async Task IpAddress_AfterTheWorkersForwardedHeaders_BehindOurFrontDoor_IsItsSocketAddress()
    {
        // Front Door connects to the app's front end, which appends Front Door's own address.
        var http = Request("127.0.0.1", "198.51.100.1, 203.0.113.50, 147.243.0.12:40112", trusted: ["127.0.0.1"], frontDoorId: "3f1c5a2e-0000-4000-8000-000000000001");
        http.Request.Headers[ClientInfo.FrontDoorIdHeader] = "3f1c5a2e-0000-4000-8000-000000000001";
        http.Request.Headers[ClientInfo.FrontDoorSocketHeader] = "203.0.113.50";

        await ThroughTheWorkersForwardedHeaders(http);

        Assert.Equal("203.0.113.50", ClientInfo.IpAddress(http));
    }

    [Fact]
    public async Task IpAddress_AfterTheWorkersForwardedHeaders_WithoutAFrontDoor_IsTheAddressThePlatformAppended()
    {
        var http = Request("127.0.0.1", "198.51.100.1, 203.0.113.7:51234", trusted: ["127.0.0.1"]);
        http.Request.Headers["X-Forwarded-Proto"] = "https";

        await ThroughTheWorkersForwardedHeaders(http);

        Assert.Equal("203.0.113.7", ClientInfo.IpAddress(http));
        Assert.Equal("https", http.Request.Scheme);
    }

    private static async Task ThroughTheWorkersForwardedHeaders(DefaultHttpContext http)
    {
        var services = new ServiceCollection();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.All;
            options.ForwardLimit = null;
        });
        ClientInfo.KeepForwardedForHeader(services);
        var options = services.BuildServiceProvider().GetRequiredService<IOptions<ForwardedHeadersOptions>>();
        var middleware = new ForwardedHeadersMiddleware(_ => Task.CompletedTask, NullLoggerFactory.Instance, options);
        await middleware.Invoke(http);
    }

    private static DefaultHttpContext Request(string remote, string forwardedFor, string[] trusted, string? frontDoorId = null)
    {
        var services = new ServiceCollection();
        services.AddOptions<ForwardingOptions>().Configure(o =>
        {
            o.FrontDoorId = frontDoorId;
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
