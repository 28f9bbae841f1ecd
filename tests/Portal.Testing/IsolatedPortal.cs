using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// A portal of its own: Azurite, a mail catcher and the dev host in-process, for tests that stop
/// storage, tamper with it or move the clock, and for fixtures shared by a collection.
/// </summary>
public class IsolatedPortal(Action<IServiceCollection>? services = null) : IAsyncLifetime
{
    /// <summary>
    /// PBKDF2 rounds of the tests' password hashes: the product's hasher and format, with the work factor lowered, as the
    /// suite hashes and checks passwords thousands of times. The product keeps its default (100,000, <c>PasswordHashTests</c>);
    /// the sign-in benchmark measures that.
    /// </summary>
    public const int HashIterations = 1_000;

    public TestBackends Backends { get; private set; } = null!;

    public PortalFactory Factory { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Backends = await TestBackends.StartAsync();
        Factory = new PortalFactory(Settings(Backends), collection =>
        {
            collection.Configure<PasswordHasherOptions>(options => options.IterationCount = HashIterations);
            services?.Invoke(collection);
        });
    }

    public HttpClient CreateClient() => Factory.CreateHttpsClient();

    /// <summary>A client calling as one of the development provider's scripts, with its bearer token.</summary>
    public async Task<HttpClient> CreateStaffClientAsync(string script)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Backends.Identity.TokenAsync(script));
        return client;
    }

    /// <summary>The portal's settings: the backends', and whatever a fixture adds.</summary>
    protected virtual Dictionary<string, string?> Settings(TestBackends backends) => backends.Settings();

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Backends.DisposeAsync();
    }
}
