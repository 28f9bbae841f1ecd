using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Accounts;
using Portal.Core.Notifications;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>The reminder timer, called directly with a clock the test moves (timers are off in tests).</summary>
public sealed class PasswordExpiryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time;
    private readonly IsolatedPortal _portal;

    public PasswordExpiryTests()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Fact]
    public async Task Reminders_14_7_And1DaysBefore_EachOnce()
    {
        var account = await CreateAsync();

        Assert.Equal(0, await RunOnDayAsync(-15));
        Assert.Equal(1, await RunOnDayAsync(-14));
        Assert.Equal(0, await RunOnDayAsync(-14));
        Assert.Equal(0, await RunOnDayAsync(-10));
        Assert.Equal(1, await RunOnDayAsync(-7));
        Assert.Equal(1, await RunOnDayAsync(-1));
        Assert.Equal(0, await RunOnDayAsync(0));

        await _portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var mails = await _portal.Backends.Mail.MessagesToAsync(account.Email);
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.Equal("Paroles derīgums drīz beigsies", m.Subject));
        Assert.Contains(mails, m => m.Text.Contains("pēc 14 d.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminders_AfterThePasswordChanged_FollowTheNewDate()
    {
        var account = await CreateAsync();
        Assert.Equal(1, await RunOnDayAsync(-14));
        var client = _portal.CreateClient();
        await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "Zvaigzne42" });
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "Zvaigzne42", newPassword = "JaunaParole77" })).StatusCode);

        Assert.Equal(0, await RunOnDayAsync(-7));
    }

    private DateTimeOffset _created;

    private async Task<UserAccount> CreateAsync()
    {
        _created = _time.GetUtcNow();
        return (await _portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"expiry-{Guid.NewGuid():N}@example.lv", "Ilze", "Koka", "lv", "Zvaigzne42", 4), CancellationToken.None))!;
    }

    /// <summary>Runs the timer on the given day relative to the first password's expiry date.</summary>
    private async Task<int> RunOnDayAsync(int relativeToExpiry)
    {
        var target = _created + new AccountOptions().PasswordMaxAge + TimeSpan.FromDays(relativeToExpiry);
        if (target > _time.GetUtcNow())
        {
            _time.SetUtcNow(target);
        }

        return (await _portal.Service<PasswordExpiryReminders>().SendDueAsync(CancellationToken.None)).Sent;
    }

    public Task DisposeAsync() => _portal.DisposeAsync();
}
