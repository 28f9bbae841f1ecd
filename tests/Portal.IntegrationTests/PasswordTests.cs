using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Notifications;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class PasswordTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task Lockout_FifthFailure_EmailsTheOwnerWithAResetLinkThatWorks()
    {
        var account = await CreateAccountAsync();
        var client = portal.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "Nepareiza1" });
        }

        var email = await SingleEmailAsync(account.Email);

        Assert.Equal("Pieslēgšanās portālam uz laiku bloķēta", email.Subject);
        Assert.Contains("Pēc 5 nesekmīgiem", email.Text, StringComparison.Ordinal);
        Assert.Contains("IP adreses", email.Text, StringComparison.Ordinal);
        var confirm = await client.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = email.Token("/reset-password"), newPassword = "JaunaParole77" });
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "JaunaParole77" })).StatusCode);
    }

    [Fact]
    [Trait("Clause", "13")]
    public async Task ResetRequest_KnownAndUnknownEmail_AnswerAlikeAndOnlyTheAccountGetsMail()
    {
        var account = await CreateAccountAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.lv";
        var client = portal.CreateClient();

        var known = await client.PostAsJsonAsync("/api/auth/password-reset", new { email = account.Email });
        var other = await client.PostAsJsonAsync("/api/auth/password-reset", new { email = unknown });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        var email = await SingleEmailAsync(account.Email);
        Assert.Equal("Paroles atjaunošana", email.Subject);
        Assert.Empty(await portal.Backends.Mail.MessagesToAsync(unknown));
    }

    [Fact]
    [Trait("Clause", "13")]
    public async Task ResetConfirm_TokenWorksOnceAndEndsEverySession()
    {
        var account = await CreateAccountAsync();
        var signedIn = portal.CreateClient();
        await signedIn.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password });
        var client = portal.CreateClient();
        await client.PostAsJsonAsync("/api/auth/password-reset", new { email = account.Email });
        var token = (await SingleEmailAsync(account.Email)).Token("/reset-password");

        var first = await client.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, newPassword = "JaunaParole77" });
        var second = await client.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, newPassword = "CitaParole88" });

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(second, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, (await signedIn.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).StatusCode);
    }

    [Fact]
    public async Task ResetConfirm_WeakPassword_RefusedWithRulesAndTheLinkStillWorks()
    {
        var account = await CreateAccountAsync();
        var client = portal.CreateClient();
        await client.PostAsJsonAsync("/api/auth/password-reset", new { email = account.Email });
        var token = (await SingleEmailAsync(account.Email)).Token("/reset-password");

        var weak = await client.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, newPassword = "password1" });
        var same = await client.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, newPassword = Password });
        var good = await client.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, newPassword = "JaunaParole77" });

        var problem = await ProblemAssert.IsProblemAsync(weak, HttpStatusCode.BadRequest);
        Assert.Contains("TooCommon", problem.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        var reused = await ProblemAssert.IsProblemAsync(same, HttpStatusCode.BadRequest);
        Assert.Contains("RecentlyUsed", reused.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
    }

    [Fact]
    [Trait("Clause", "15.5")]
    public async Task ChangePassword_EndsOtherSessionsKeepsThisOneAndSendsANotice()
    {
        var account = await CreateAccountAsync();
        var here = portal.CreateClient();
        var elsewhere = portal.CreateClient();
        await here.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password });
        await elsewhere.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password });

        var wrong = await here.PostAsJsonAsync("/api/me/password", new { currentPassword = "Nepareiza1", newPassword = "JaunaParole77" });
        var changed = await here.PostAsJsonAsync("/api/me/password", new { currentPassword = Password, newPassword = "JaunaParole77" });

        var problem = await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("currentPassword", out _));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/me")).StatusCode);
        var notice = await SingleEmailAsync(account.Email);
        Assert.Equal("Jūsu portāla parole ir nomainīta", notice.Subject);
        Assert.NotEmpty(notice.Token("/reset-password"));
    }

    [Fact]
    public async Task ChangePassword_WithoutSession_401()
    {
        var response = await portal.CreateClient().PostAsJsonAsync("/api/me/password", new { currentPassword = Password, newPassword = "JaunaParole77" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Clause", "11")]
    public async Task Outbox_AfterSending_KeepsNoLinkAndSendsNothingTwice()
    {
        var account = await CreateAccountAsync();
        await portal.CreateClient().PostAsJsonAsync("/api/auth/password-reset", new { email = account.Email });
        var dispatcher = portal.Factory.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchAsync(CancellationToken.None);
        await dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Single(await portal.Backends.Mail.MessagesToAsync(account.Email));
        var table = new Azure.Data.Tables.TableClient(portal.Backends.Azurite.ConnectionString, "Accounts");
        var outbox = table.Query<Azure.Data.Tables.TableEntity>(e => e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox|~") < 0).ToList();
        Assert.All(outbox, entry => Assert.Equal("", entry.GetString("Payload")));
    }

    private async Task<Portal.Testing.CaughtEmail> SingleEmailAsync(string to)
    {
        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return Assert.Single(await portal.Backends.Mail.MessagesToAsync(to));
    }

    private async Task<UserAccount> CreateAccountAsync() =>
        (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"pw-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", Password, AcceptedTermsVersion: 4),
            CancellationToken.None))!;
}
