using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Accounts;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Session timeouts against a clock the test moves: 30 minutes idle, 12 hours at most.</summary>
public sealed class SessionTimeoutTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time;
    private readonly IsolatedPortal _portal;

    public SessionTimeoutTests()
    {
        _time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Fact]
    public async Task Session_UsedWithinTheIdleTimeout_StaysAlive()
    {
        var client = await SignedInClientAsync();

        for (var i = 0; i < 4; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(29));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task Session_Idle30Minutes_Ends()
    {
        var client = await SignedInClientAsync();

        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Session_BackgroundCalls_DoNotKeepItAlive()
    {
        var client = await SignedInClientAsync();

        _time.Advance(TimeSpan.FromMinutes(20));
        using var background = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        background.Headers.Add("X-Portal-Background", "true");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(background)).StatusCode);
        _time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Session_AlwaysBusy_EndsAfter12Hours()
    {
        var client = await SignedInClientAsync();

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(20); elapsed += TimeSpan.FromMinutes(20))
        {
            _time.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        }

        _time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var email = $"timeout-{Guid.NewGuid():N}@example.lv";
        await _portal.Service<AccountStore>().CreateAsync(new NewAccount(email, "Ieva", "Liepa", "lv", "Zvaigzne42", 4), CancellationToken.None);
        var client = _portal.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Zvaigzne42" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public Task DisposeAsync() => _portal.DisposeAsync();
}
