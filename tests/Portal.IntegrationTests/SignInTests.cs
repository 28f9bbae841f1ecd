using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Testing;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task SignIn_RightPassword_SetsTheSessionCookieAndAnswersWithTheUser()
    {
        var account = await CreateAccountAsync();
        var client = portal.CreateClient();

        var response = await SignInAsync(client, account.Email, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-portal-session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(account.Id, me.GetProperty("id").GetString());
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.False(me.GetProperty("mustAcceptTerms").GetBoolean());
        Assert.Empty(me.GetProperty("clients").EnumerateArray());

        var again = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(account.Email, again.GetProperty("email").GetString());
    }

    [Fact]
    [Trait("Clause", "2.6")]
    public async Task SignIn_EmailInOtherCaseAndSpaces_IsTheSameUsername()
    {
        var account = await CreateAccountAsync();

        var response = await SignInAsync(portal.CreateClient(), $"  {account.Email.ToUpperInvariant()} ", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var account = await CreateAccountAsync();
        var client = portal.CreateClient();
        await SignInAsync(client, account.Email, Password);

        var signOut = await client.PostAsync("/api/auth/sign-out", null);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        Assert.Equal(ProblemTypes.SessionRequired, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task SessionStatus_AnswersWhetherSignedInWithout401()
    {
        var account = await CreateAccountAsync();
        var client = portal.CreateClient();

        var before = await client.GetFromJsonAsync<JsonElement>("/api/auth/session");
        await SignInAsync(client, account.Email, Password);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/auth/session");

        Assert.False(before.GetProperty("signedIn").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("user").ValueKind);
        Assert.True(after.GetProperty("signedIn").GetBoolean());
        Assert.Equal(account.Id, after.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Me_WithoutSession_Returns401Problem()
    {
        await ProblemAssert.IsProblemAsync(await portal.CreateClient().GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Clause", "11")]
    public async Task SignIn_UnknownEmailWrongPasswordAndLocked_AnswerExactlyAlike()
    {
        var account = await CreateAccountAsync();
        var locked = await CreateAccountAsync();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(portal.CreateClient(), locked.Email, "Nepareiza1");
        }

        var unknown = await SignInAsync(portal.CreateClient(), $"nobody-{Guid.NewGuid():N}@example.lv", Password);
        var wrong = await SignInAsync(portal.CreateClient(), account.Email, "Nepareiza1");
        var whileLocked = await SignInAsync(portal.CreateClient(), locked.Email, Password);

        var bodies = new[] { unknown, wrong, whileLocked }.Select(r => Comparable(r)).ToList();
        Assert.All([unknown, wrong, whileLocked], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(await bodies[0], await bodies[1]);
        Assert.Equal(await bodies[0], await bodies[2]);
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task SignIn_FiveWrongPasswords_LockEvenTheRightOne()
    {
        var account = await CreateAccountAsync();
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync(portal.CreateClient(), account.Email, "Nepareiza1");
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(portal.CreateClient(), account.Email, Password)).StatusCode);
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(portal.CreateClient(), account.Email, "Nepareiza1");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(portal.CreateClient(), account.Email, Password)).StatusCode);
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task SignIn_FiveWrongAttemptsAtAnUnknownUsername_LockItAsForAnAccount()
    {
        var email = $"nav-konta-{Guid.NewGuid():N}@example.lv";
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(portal.CreateClient(), email, "Nepareiza1")).StatusCode);
        }

        var state = await portal.Factory.Services.GetRequiredService<LockoutStore>().ReadAsync(email, CancellationToken.None);
        Assert.NotNull(state.LockedUntil);
    }

    [Fact]
    public async Task SignIn_TwentyWrongAttemptsInParallel_LoseNoCountAndLock()
    {
        var account = await CreateAccountAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SignInAsync(portal.CreateClient(), account.Email, "Nepareiza1")));

        var state = await portal.Factory.Services.GetRequiredService<LockoutStore>().ReadAsync(account.Email, CancellationToken.None);
        Assert.NotNull(state.LockedUntil);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(portal.CreateClient(), account.Email, Password)).StatusCode);
    }

    [Fact]
    [Trait("Clause", "15.3")]
    public async Task SignIn_PasswordOlderThan90Days_ForcesTheChangeStepWithNoTimerRun()
    {
        var account = await CreateAccountAsync();
        await SetPasswordChangedAtAsync(account, DateTimeOffset.UtcNow.AddDays(-91));
        var client = portal.CreateClient();

        var response = await SignInAsync(client, account.Email, Password);

        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    [Trait("Clause", "19")]
    public async Task SignIn_WithoutXsrfToken_Returns403AndSignsNobodyIn()
    {
        var account = await CreateAccountAsync();
        var client = portal.Factory.CreateClientWithoutXsrf();

        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.XsrfTokenMissing, problem.GetProperty("type").GetString());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-portal-session", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("{}", "email")]
    [InlineData("{\"email\":\"a@b.lv\"}", "password")]
    [InlineData("not json", "body")]
    [InlineData("[1,2]", "body")]
    public async Task SignIn_BadBody_Returns400WithFieldErrors(string body, string field)
    {
        var response = await portal.CreateClient().PostAsync("/api/auth/sign-in", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    private async Task<UserAccount> CreateAccountAsync() =>
        (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"user-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", Password, AcceptedTermsVersion: 4),
            CancellationToken.None))!;

    private async Task SetPasswordChangedAtAsync(UserAccount account, DateTimeOffset changedAt)
    {
        var table = new TableClient(portal.Backends.Azurite.ConnectionString, "Accounts");
        var entity = new TableEntity($"user|{account.Id}", $"account|{account.Id}") { ["PasswordChangedAt"] = changedAt };
        await table.UpdateEntityAsync(entity, Azure.ETag.All, TableUpdateMode.Merge);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/sign-in", new { email, password });

    /// <summary>The body without what differs by request (its correlation id).</summary>
    private static async Task<string> Comparable(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("correlationId");
        return body.ToJsonString();
    }
}

/// <summary>Each failure path of sign-in runs the password hasher exactly once, so all cost the same time.</summary>
public sealed class SignInHashCountTests : IAsyncLifetime
{
    private readonly CountingHasher _hasher;
    private readonly IsolatedPortal _portal;

    public SignInHashCountTests()
    {
        _hasher = new CountingHasher();
        _portal = new IsolatedPortal(services => services.AddSingleton<IPasswordHasher<UserAccount>>(_hasher));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Fact]
    [Trait("Clause", "11")]
    public async Task SignIn_EveryPath_VerifiesOneHash()
    {
        var client = _portal.CreateClient();
        var account = (await _portal.Service<AccountStore>().CreateAsync(
            new NewAccount("hash-count@example.lv", "Anna", "Kalniņa", "lv", "Zvaigzne42", 4), CancellationToken.None))!;

        Assert.Equal(1, await VerificationsDuringAsync(() => client.PostAsJsonAsync("/api/auth/sign-in", new { email = "nobody@example.lv", password = "Zvaigzne42" })));
        Assert.Equal(1, await VerificationsDuringAsync(() => client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "Nepareiza1" })));
        for (var i = 0; i < 4; i++)
        {
            await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "Nepareiza1" });
        }

        Assert.Equal(1, await VerificationsDuringAsync(() => client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "Zvaigzne42" })));
    }

    private async Task<int> VerificationsDuringAsync(Func<Task<HttpResponseMessage>> call)
    {
        var before = _hasher.Verifications;
        var response = await call();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return _hasher.Verifications - before;
    }

    public Task DisposeAsync() => _portal.DisposeAsync();

    private sealed class CountingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(UserAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
