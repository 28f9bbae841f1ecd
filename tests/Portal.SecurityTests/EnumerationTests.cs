using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Notifications;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>
/// Finding 4: the time of an answer must not tell whether an email has an account, or in what state.
/// Times are noisy, so these count the work instead: each path makes the same storage calls (and, for
/// sign-in, one password hash each - <see cref="PasswordAttempts"/>). `./dev bench` prints the times.
/// (Accounts made straight in the store have no audit records yet; the calls are the same either way.)
/// </summary>
public sealed class EnumerationTests(EnumerationTests.HashCountingPortal portal) : IClassFixture<EnumerationTests.HashCountingPortal>
{
    /// <summary>A portal of its own whose password hasher counts the checks against a real hash.</summary>
    public sealed class HashCountingPortal : IsolatedPortal
    {
        public HashCountingPortal()
            : this(new CountingHasher())
        {
        }

        private HashCountingPortal(CountingHasher hasher)
            : base(services => services.AddSingleton<IPasswordHasher<UserAccount>>(hasher))
        {
            Hasher = hasher;
        }

        public CountingHasher Hasher { get; }
    }

    /// <summary>The real hasher, counting the checks that ran against a hash (an empty one answers at once).</summary>
    public sealed class CountingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();
        private int _realChecks;

        public int RealChecks => Volatile.Read(ref _realChecks);

        public string HashPassword(UserAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            if (hashedPassword.Length > 0)
            {
                Interlocked.Increment(ref _realChecks);
            }

            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task FailedSignIns_EachCheckOneRealHash_AndMakeTheSameStorageCalls_ForUnknownActiveAndAwaitingEmails()
    {
        var emails = await EmailsInEveryStateAsync("enum-sign-in");
        var client = await WarmedUpClientAsync();

        // A locked email is not checked at all, so it writes nothing: it tells only that the email is
        // locked, which an email no account has can be too.
        var calls = new Dictionary<string, int>();
        foreach (var (state, email) in emails)
        {
            var hashes = portal.Hasher.RealChecks;
            var counted = await CountAsync(async () =>
                Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = state == "awaiting" ? Users.Password : "Nepareiza1" })).StatusCode));
            Assert.True(portal.Hasher.RealChecks - hashes == 1, $"{state}: {portal.Hasher.RealChecks - hashes} checks against a real hash");
            if (state != "locked")
            {
                calls[state] = counted;
            }
        }

        Assert.True(calls.Values.Distinct().Count() == 1, string.Join(", ", calls.Select(c => $"{c.Key} {c.Value}")));
    }

    [Fact]
    [Trait("Clause", "13")]
    public async Task ResetRequests_MakeTheSameStorageCalls_WhateverTheEmail_AndTheLinkStillArrives()
    {
        var emails = await EmailsInEveryStateAsync("enum-reset");
        var client = await WarmedUpClientAsync();

        var calls = new Dictionary<string, int>();
        foreach (var (state, email) in emails)
        {
            calls[state] = await CountAsync(async () =>
                Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/auth/password-reset", new { email })).StatusCode));
        }

        Assert.True(calls.Values.Distinct().Count() == 1, string.Join(", ", calls.Select(c => $"{c.Key} {c.Value}")));
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        _ = Assert.Single(await portal.Backends.Mail.MessagesToAsync(emails["active"]), m => m.Text.Contains("/reset-password?token=", StringComparison.Ordinal));
        Assert.DoesNotContain(await portal.Backends.Mail.MessagesToAsync(emails["unknown"]), m => m.Text.Contains("/reset-password", StringComparison.Ordinal));
    }

    /// <summary>Emails in each state.</summary>
    private async Task<Dictionary<string, string>> EmailsInEveryStateAsync(string prefix)
    {
        var locked = await portal.NewAccountAsync($"{prefix}-locked");
        var client = portal.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/sign-in", new { email = locked, password = "Nepareiza1" });
        }

        var awaiting = $"{prefix}-awaiting-{Guid.NewGuid():N}@example.lv";
        await portal.Service<AccountStore>().EnsureApplicantAsync(Guid.NewGuid().ToString("N"), new Applicant(awaiting, "Anna", "Kalniņa", "lv", "+37120000000", "Rīga", "", 4), CancellationToken.None);
        return new()
        {
            ["unknown"] = $"{prefix}-nobody-{Guid.NewGuid():N}@example.lv",
            ["active"] = await portal.NewAccountAsync($"{prefix}-active"),
            ["awaiting"] = awaiting,
            ["locked"] = locked,
        };
    }

    /// <summary>A client whose first request (which also fetches its anti-forgery token and lets the host check storage) is made.</summary>
    private async Task<HttpClient> WarmedUpClientAsync()
    {
        var client = portal.CreateClient();
        await client.PostAsJsonAsync("/api/auth/password-reset", new { email = $"warm-up-{Guid.NewGuid():N}@example.lv" });
        return client;
    }

    private async Task<int> CountAsync(Func<Task> request)
    {
        using var calls = StorageCalls.Count(portal.Backends.Azurite.ConnectionString);
        await request();
        return calls.Calls;
    }
}
