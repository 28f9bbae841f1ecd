using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class SessionsAndStepsTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "15.5")]
    public async Task Sessions_ListsEachBrowserAndEndsOneOrAllOthers()
    {
        var account = await CreateAccountAsync(4);
        var here = await SignedInAsync(account);
        var phone = await SignedInAsync(account);
        var laptop = await SignedInAsync(account);

        var list = (await here.GetFromJsonAsync<JsonElement>("/api/me/sessions")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, list.Count);
        Assert.Single(list, s => s.GetProperty("current").GetBoolean());
        var phoneId = (await phone.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("session").GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await here.DeleteAsync($"/api/me/sessions/{phoneId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await here.DeleteAsync("/api/me/sessions/others")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/me")).StatusCode);
        Assert.Single((await here.GetFromJsonAsync<JsonElement>("/api/me/sessions")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Sessions_SomeoneElsesSessionId_IsNotFound()
    {
        var mine = await SignedInAsync(await CreateAccountAsync(4));
        var other = await SignedInAsync(await CreateAccountAsync(4));
        var otherId = (await other.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("session").GetProperty("id").GetString();

        await ProblemAssert.IsProblemAsync(await mine.DeleteAsync($"/api/me/sessions/{otherId}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    [Trait("Clause", "30")]
    [Trait("Clause", "23.1")]
    public async Task NewTerms_MustBeAcceptedBeforeAnythingElse()
    {
        var client = await SignedInAsync(await CreateAccountAsync(acceptedTermsVersion: 3));

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.True(me.GetProperty("mustAcceptTerms").GetBoolean());
        var blocked = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me/activity"), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.TermsAcceptanceRequired, blocked.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/terms/current")).StatusCode);

        var old = await client.PostAsJsonAsync("/api/me/terms-acceptance", new { version = 3 });
        await ProblemAssert.IsProblemAsync(old, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/me/terms-acceptance", new { version = 4 })).StatusCode);

        Assert.False((await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("mustAcceptTerms").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me/activity")).StatusCode);
        var acceptance = await new TableClient(portal.Backends.Azurite.ConnectionString, "Accounts")
            .GetEntityAsync<TableEntity>($"user|{me.GetProperty("id").GetString()}", "terms|0000000004");
        Assert.Equal((await client.GetFromJsonAsync<JsonElement>("/api/terms/current")).GetProperty("sha256").GetString(), acceptance.Value.GetString("TextSha256"));
        Assert.False(string.IsNullOrEmpty(acceptance.Value.GetString("IpAddress")));
    }

    [Fact]
    [Trait("Clause", "16.2")]
    public async Task NewTerms_NotAccepted_TheUserMaySignOutAndNothingIsAccepted()
    {
        var client = await SignedInAsync(await CreateAccountAsync(acceptedTermsVersion: 3));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.True(me.GetProperty("mustAcceptTerms").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/sign-out", content: null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        var acceptance = await new TableClient(portal.Backends.Azurite.ConnectionString, "Accounts")
            .GetEntityIfExistsAsync<TableEntity>($"user|{me.GetProperty("id").GetString()}", "terms|0000000004");
        Assert.False(acceptance.HasValue);
    }

    [Fact]
    [Trait("Clause", "15.4")]
    public async Task ExpiredPassword_OnlyTheChangeStepIsAllowed()
    {
        var account = await CreateAccountAsync(4);
        var entity = new TableEntity($"user|{account.Id}", $"account|{account.Id}") { ["MustChangePassword"] = true };
        await new TableClient(portal.Backends.Azurite.ConnectionString, "Accounts").UpdateEntityAsync(entity, Azure.ETag.All, TableUpdateMode.Merge);
        var client = await SignedInAsync(account);

        var blocked = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me/activity"), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.PasswordChangeRequired, blocked.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/me/password", new { currentPassword = Password, newPassword = "JaunaParole77" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me/activity")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(UserAccount account)
    {
        var client = portal.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private async Task<UserAccount> CreateAccountAsync(int acceptedTermsVersion) =>
        (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"steps-{Guid.NewGuid():N}@example.lv", "Rūta", "Egle", "lv", Password, acceptedTermsVersion),
            CancellationToken.None))!;
}
