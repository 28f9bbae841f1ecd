using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Staff find users and act on them (§5, §12.2, §21, §15.3); each action holds from the user's very next request.</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffUserActionTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "12.2")]
    public async Task Block_EndsTheOpenSessionAndTheRightPasswordIsToldAccessIsBlocked_UnblockRestores()
    {
        var (account, user) = await SignedInUserAsync();
        var staff = await StaffAsync("staff-operator-script");

        var blocked = await staff.PostAsJsonAsync($"/api/staff/users/{account.Id}/block", new { reason = "Aizdomas par nelikumīgu lietošanu." });

        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        await ProblemAssert.IsProblemAsync(await user.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        var right = await ProblemAssert.IsProblemAsync(await SignInAsync(account.Email, Password), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.AccessBlocked, right.GetProperty("type").GetString());
        var wrong = await ProblemAssert.IsProblemAsync(await SignInAsync(account.Email, "Nepareiza1"), HttpStatusCode.Unauthorized);
        Assert.Equal(ProblemTypes.SignInFailed, wrong.GetProperty("type").GetString());

        (await staff.PostAsJsonAsync($"/api/staff/users/{account.Id}/unblock", new { reason = "Pārbaudīts." })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(account.Email, Password)).StatusCode);
    }

    [Fact]
    public async Task Block_WithoutAReason_400()
    {
        var (account, _) = await SignedInUserAsync();
        var staff = await StaffAsync("staff-operator-script");

        var response = await staff.PostAsJsonAsync($"/api/staff/users/{account.Id}/block", new { reason = "" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    [Trait("Clause", "5")]
    [Trait("Clause", "21")]
    public async Task Terminate_NeedsTheAdminRoleAndA21Reason_AndIsFinal()
    {
        var (account, user) = await SignedInUserAsync();
        var operatorClient = await StaffAsync("staff-operator-script");
        var admin = await StaffAsync("staff-admin-script");

        var byOperator = await operatorClient.PostAsJsonAsync($"/api/staff/users/{account.Id}/terminate", new { reason = "user-request" });
        var badReason = await admin.PostAsJsonAsync($"/api/staff/users/{account.Id}/terminate", new { reason = "because" });
        var terminated = await admin.PostAsJsonAsync($"/api/staff/users/{account.Id}/terminate", new { reason = "user-request" });
        var unblock = await operatorClient.PostAsJsonAsync($"/api/staff/users/{account.Id}/unblock", new { reason = "mistake" });

        await ProblemAssert.IsProblemAsync(byOperator, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(badReason, HttpStatusCode.BadRequest);
        Assert.Equal("terminated", (await terminated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await ProblemAssert.IsProblemAsync(unblock, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await user.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await SignInAsync(account.Email, Password), HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Clause", "15.3")]
    [Trait("Clause", "15.4")]
    public async Task DemandPasswordChange_EndsSessionsAndTheNextSignInMustChangeIt()
    {
        var (account, user) = await SignedInUserAsync();
        var staff = await StaffAsync("staff-operator-script");

        (await staff.PostAsync($"/api/staff/users/{account.Id}/demand-password-change", null)).EnsureSuccessStatusCode();

        await ProblemAssert.IsProblemAsync(await user.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        var me = await (await SignInAsync(account.Email, Password)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task Unlock_LetsTheRightPasswordInBeforeTheLockEnds()
    {
        var (account, _) = await SignedInUserAsync();
        var staff = await StaffAsync("staff-operator-script");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(account.Email, "Nepareiza1");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(account.Email, Password)).StatusCode);
        var details = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/users/{account.Id}");
        Assert.Equal(JsonValueKind.String, details.GetProperty("lockedUntil").ValueKind);

        (await staff.PostAsync($"/api/staff/users/{account.Id}/unlock", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(account.Email, Password)).StatusCode);
    }

    [Fact]
    public async Task Find_ByEmailAndByTheBeginningOfTheNameWithoutDiacritics_AndTheReadsAreInTheUsersTrail()
    {
        var surname = $"Ozoliņa{Guid.NewGuid():N}"[..16];
        var account = (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"find-{Guid.NewGuid():N}@example.lv", "Līga", surname, "lv", Password, 4), CancellationToken.None))!;
        var staff = await StaffAsync("staff-operator-script");

        var byEmail = await staff.StaffSearchAsync("users", account.Email.ToUpperInvariant());
        var byName = await staff.StaffSearchAsync("users", "liga " + surname[..9].Replace("ņ", "n", StringComparison.Ordinal));
        var tooShort = await staff.StaffSearchResponseAsync("users", "a");
        await staff.GetFromJsonAsync<JsonElement>($"/api/staff/users/{account.Id}");
        var trail = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/users/{account.Id}/activity");

        Assert.Equal(account.Id, Assert.Single(byEmail.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(account.Id, Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        await ProblemAssert.IsProblemAsync(tooShort, HttpStatusCode.BadRequest);
        var reads = trail.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("action").GetString() == "staff-read").ToList();
        Assert.Contains(reads, r => r.GetProperty("target").GetString() == "profile");
        Assert.Contains(reads, r => r.GetProperty("target").GetString() == "activity");
        Assert.All(reads, r => Assert.Equal("staff:staff-operator-script", r.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task UnknownUser_404AndUnknownAction_404()
    {
        var staff = await StaffAsync("staff-operator-script");

        await ProblemAssert.IsProblemAsync(await staff.GetAsync("/api/staff/users/nosuchuser"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await staff.PostAsJsonAsync("/api/staff/users/nosuchuser/block", new { reason = "x" }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await staff.PostAsync("/api/staff/users/nosuchuser/delete", null), HttpStatusCode.NotFound);
    }

    private async Task<(UserAccount Account, HttpClient Client)> SignedInUserAsync()
    {
        var account = (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"staffed-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", Password, 4), CancellationToken.None))!;
        var client = portal.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return (account, client);
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password });

    private Task<HttpClient> StaffAsync(string script) => portal.CreateStaffClientAsync(script);
}
