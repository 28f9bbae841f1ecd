using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>
/// A session token that leaked before a password change, an earlier sign-in left in a shared browser,
/// a cookie kept after the browser closed, or a staff role removed in Entra ID: none keeps a session going.
/// </summary>
public sealed class SessionTests : IAsyncLifetime
{
    private const string Cookie = "__Host-portal-session";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly IsolatedPortal _portal;

    public SessionTests() => _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ChangePassword_GivesThisBrowserANewToken_AndTheOldOneNoLongerWorks()
    {
        var cookies = new CookieContainer();
        var client = _portal.Factory.CreateHttpsClient(cookies);
        await client.SignInAsync(await _portal.NewAccountAsync("rotate"));
        var before = SessionToken(cookies, client);

        var changed = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = Users.Password, newPassword = "Saule-2026x" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var after = SessionToken(cookies, client);
        Assert.NotEqual(before, after);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithSession(before).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithSession(after).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task SignIn_EndsTheEarlierSessionTheBrowserStillCarries()
    {
        var cookies = new CookieContainer();
        var client = _portal.Factory.CreateHttpsClient(cookies);
        await client.SignInAsync(await _portal.NewAccountAsync("first"));
        var earlier = SessionToken(cookies, client);

        await client.SignInAsync(await _portal.NewAccountAsync("second"));

        Assert.NotEqual(earlier, SessionToken(cookies, client));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithSession(earlier).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task TheSessionCookie_EndsWithTheBrowser()
    {
        var client = _portal.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = await _portal.NewAccountAsync("browser"), password = Users.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($"{Cookie}=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AStaffSession_EndsAfter60Minutes_HoweverBusy()
    {
        var client = _portal.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await _portal.Backends.Identity.SignInAsync(client, DevIdentity.Operator)).StatusCode);

        for (var minutes = 20; minutes < 60; minutes += 20)
        {
            _time.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/staff/me")).StatusCode);
        }

        _time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/staff/me")).StatusCode);
    }

    [Fact]
    public async Task ASilentStaffSignIn_AsksTheProviderWithoutAPage_AndComesBackAsEndedWhereItNeedsOne()
    {
        var client = _portal.CreateClient();
        using var begin = await client.GetAsync("/api/staff/auth/sign-in?prompt=none&returnTo=/staff/users");
        Assert.Contains("prompt=none", begin.Headers.Location!.Query, StringComparison.Ordinal);

        // The provider has no session of this browser: it answers login_required to the portal's callback.
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var answer = await provider.GetAsync(begin.Headers.Location);
        using var callback = await client.GetAsync(new Uri(answer.Headers.Location!.PathAndQuery, UriKind.Relative));

        Assert.Contains("error=login_required", answer.Headers.Location.Query, StringComparison.Ordinal);
        Assert.Equal("/staff/sign-in?error=ended", callback.Headers.Location!.OriginalString);
    }

    private static string SessionToken(CookieContainer cookies, HttpClient client) =>
        cookies.GetCookies(client.BaseAddress!)[Cookie]?.Value ?? throw new InvalidOperationException("No session cookie.");

    private HttpClient WithSession(string token)
    {
        var cookies = new CookieContainer();
        var client = _portal.Factory.CreateHttpsClient(cookies);
        cookies.Add(client.BaseAddress!, new System.Net.Cookie(Cookie, token) { Secure = true });
        return client;
    }
}
