using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Testing;

/// <summary>The dev host in-process, against the test run's own backends, with timers off.</summary>
public sealed class PortalFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Portal.DevHost.Program>
{
    private static readonly Uri _httpsBase = new("https://localhost/");

    /// <summary>
    /// A client like the UI's: cookies kept, the anti-forgery token echoed, every answer checked against
    /// the API's OpenAPI document (<see cref="ContractCheckHandler"/>). An https base address, as .NET's
    /// cookie container never sends Secure cookies over http.
    /// </summary>
    public HttpClient CreateHttpsClient() => CreateHttpsClient(new CookieContainer());

    /// <summary>A client that keeps cookies but sends no anti-forgery header, like a forged cross-site form.</summary>
    public HttpClient CreateClientWithoutXsrf(CookieContainer? cookies = null) =>
        CreateDefaultClient(_httpsBase, new CookieContainerHandler(cookies ?? new CookieContainer()), new ContractCheckHandler());

    /// <summary>A client like the UI's over cookies the caller keeps, so another client can send them without the anti-forgery header.</summary>
    public HttpClient CreateHttpsClient(CookieContainer cookies) =>
        CreateDefaultClient(_httpsBase, new XsrfHandler(cookies), new CookieContainerHandler(cookies), new ContractCheckHandler());

    /// <summary>Starts a real Kestrel listener on a loopback port (a free one unless given), for a browser; returns its address.</summary>
    public Uri StartKestrel(int port = 0)
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // The dev host's files (appsettings.json, functions.metadata) are copied beside whoever runs it.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
