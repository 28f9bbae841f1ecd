using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Accounts;
using Portal.Core.Notifications;

namespace Portal.IntegrationTests;

/// <summary>The user keeps their own information current (§15.7); a new email needs the password and a confirmed link.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProfileTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "15.7")]
    [Trait("Clause", "18")]
    public async Task Patch_PhoneAddressLanguage_SavedAndAudited()
    {
        var (account, client) = await SignedInAsync();

        var response = await client.PatchAsJsonAsync("/api/me", new { phone = "+371 29999999", address = "Dzirnavu iela 7, Rīga", language = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("+371 29999999", me.GetProperty("phone").GetString());
        Assert.Equal("Dzirnavu iela 7, Rīga", me.GetProperty("address").GetString());
        Assert.Equal("en", me.GetProperty("language").GetString());
        var activity = await client.GetFromJsonAsync<JsonElement>("/api/me/activity");
        Assert.Contains(activity.GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "profile-change");
        Assert.Equal(account.Id, me.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Patch_BadValues_400WithEveryField()
    {
        var (_, client) = await SignedInAsync();

        var response = await client.PatchAsJsonAsync("/api/me", new { phone = "call me", address = "", language = "de" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.True(errors.TryGetProperty("address", out _));
        Assert.True(errors.TryGetProperty("language", out _));
    }

    [Fact]
    [Trait("Clause", "2.6")]
    [Trait("Clause", "15.7")]
    public async Task NewEmail_NeedsThePasswordThenTheLinkFromTheNewAddress_OldAddressIsTold_SessionsEnd()
    {
        var (account, client) = await SignedInAsync();
        var newEmail = $"moved-{Guid.NewGuid():N}@example.lv";

        var withoutPassword = await client.PatchAsJsonAsync("/api/me", new { email = newEmail });
        var withPassword = await client.PatchAsJsonAsync("/api/me", new { email = newEmail, currentPassword = Password });

        await ProblemAssert.IsProblemAsync(withoutPassword, HttpStatusCode.BadRequest);
        Assert.True((await withPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("emailConfirmationSent").GetBoolean());
        // Not yet: the old email still signs in.
        Assert.Equal(account.Email, (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("email").GetString());

        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var token = Assert.Single(await portal.Backends.Mail.MessagesToAsync(newEmail)).Token("/confirm-email");
        var confirmed = await portal.CreateClient().PostAsJsonAsync("/api/auth/confirm-email", new { token });
        var replay = await portal.CreateClient().PostAsJsonAsync("/api/auth/confirm-email", new { token });

        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email = newEmail, password = Password })).StatusCode);
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var notice = Assert.Single(await portal.Backends.Mail.MessagesToAsync(account.Email));
        Assert.Contains(newEmail, notice.Text, StringComparison.Ordinal);
        Assert.Contains("/reset-password?token=", notice.Text, StringComparison.Ordinal);
        // The same words as HTML beside the text, the link a link.
        Assert.Contains(newEmail, notice.Html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"https?://[^\"]+/reset-password\\?token=", notice.Html);
    }

    [Fact]
    public async Task NewEmail_TakenByTheTimeItIsConfirmed_409()
    {
        var (_, client) = await SignedInAsync();
        var wanted = $"wanted-{Guid.NewGuid():N}@example.lv";
        (await client.PatchAsJsonAsync("/api/me", new { email = wanted, currentPassword = Password })).EnsureSuccessStatusCode();
        await portal.Service<AccountStore>().CreateAsync(new NewAccount(wanted, "Cits", "Lietotājs", "lv", Password, 4), CancellationToken.None);

        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var token = Assert.Single(await portal.Backends.Mail.MessagesToAsync(wanted)).Token("/confirm-email");
        var confirmed = await portal.CreateClient().PostAsJsonAsync("/api/auth/confirm-email", new { token });

        await ProblemAssert.IsProblemAsync(confirmed, HttpStatusCode.Conflict);
    }

    private async Task<(UserAccount Account, HttpClient Client)> SignedInAsync()
    {
        var account = (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"profile-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", Password, 4), CancellationToken.None))!;
        var client = portal.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return (account, client);
    }
}
