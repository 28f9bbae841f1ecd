using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Testing;

/// <summary>The dev host in-process, against the test run's own backends, with timers off.</summary>
public sealed class PortalFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Portal.DevHost.Program>
{
    /// <summary>An https base address: .NET's cookie container never sends Secure cookies over http.</summary>
    public HttpClient CreateHttpsClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost/"),
        AllowAutoRedirect = false,
    });

    /// <summary>Starts a real Kestrel listener on a free loopback port, for a browser; returns its address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }
}
