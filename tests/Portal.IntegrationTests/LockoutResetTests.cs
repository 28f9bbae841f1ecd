using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Accounts;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>The lockout-reset timer's work, called directly with a clock the test moves.</summary>
public sealed class LockoutResetTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time;
    private readonly IsolatedPortal _portal;

    public LockoutResetTests()
    {
        _time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Fact]
    public async Task ClearEndedLocks_ClearsOnlyLocksThatEnded_AndLeavesCountsBelowTheThreshold()
    {
        var locked = await CreateAsync();
        var counting = await CreateAsync();
        await FailAsync(locked, 5);
        await FailAsync(counting, 3);
        var lockouts = _portal.Service<LockoutStore>();

        Assert.Equal(0, await lockouts.ClearEndedLocksAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(1, await lockouts.ClearEndedLocksAsync(CancellationToken.None));
        Assert.Equal(0, await lockouts.ClearEndedLocksAsync(CancellationToken.None));

        Assert.Equal(LockoutState.None, await lockouts.ReadAsync(locked, CancellationToken.None));
        Assert.Equal(3, (await lockouts.ReadAsync(counting, CancellationToken.None)).ConsecutiveFailures);
    }

    private async Task FailAsync(string email, int times)
    {
        var client = _portal.CreateClient();
        for (var i = 0; i < times; i++)
        {
            await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Nepareiza1" });
        }
    }

    private async Task<string> CreateAsync()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.lv";
        await _portal.Service<AccountStore>().CreateAsync(new NewAccount(email, "Edgars", "Kalns", "lv", "Zvaigzne42", 4), CancellationToken.None);
        return email;
    }

    public Task DisposeAsync() => _portal.DisposeAsync();
}
