using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Privacy;

namespace Portal.IntegrationTests;

/// <summary>The privacy notice, the data download and the sending time of emails (§9, §23.1, §25).</summary>
[Collection(PortalCollection.Name)]
public sealed class PrivacyTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "9")]
    public async Task Privacy_IsAnonymous_InBothLanguages_WithTheRetentionTimersOwnPeriods()
    {
        var retention = portal.Service<IOptions<RetentionOptions>>().Value;

        var notice = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/api/privacy");

        foreach (var language in new[] { "lv", "en" })
        {
            var rows = notice.GetProperty(language).GetProperty("retention").EnumerateArray().ToList();
            Assert.Equal(Enum.GetValues<RetentionKind>().Length, rows.Count);
            Assert.All(Enum.GetValues<RetentionKind>(), kind =>
                Assert.Equal(retention.DaysOf(kind), rows.Single(r => r.GetProperty("kind").GetString() == PrivacyNotice.Word(kind)).GetProperty("days").GetInt32()));
            Assert.Contains(notice.GetProperty(language).GetProperty("paragraphs").EnumerateArray(), p => p.GetString()!.Contains("info@vases.lv", StringComparison.Ordinal));
        }
    }

    [Fact]
    [Trait("Clause", "23.1")]
    public async Task MyData_IsAnAttachment_WithProfileMembershipsAcceptancesAndActivity()
    {
        var (account, user) = await SignedInUserAsync();

        var response = await user.GetAsync("/api/me/data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var data = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(account.Email, data.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Array, data.GetProperty("memberships").ValueKind);
        Assert.Equal(JsonValueKind.Array, data.GetProperty("termsAcceptances").ValueKind);
        Assert.Contains(data.GetProperty("activity").EnumerateArray(), a => a.GetProperty("action").GetString() == "sign-in");
        await ProblemAssert.IsProblemAsync(await portal.CreateClient().GetAsync("/api/me/data"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Clause", "9")]
    public async Task StaffExport_GoesOnTheUsersTrailAndTheStaffMembers_UnknownUser404()
    {
        var (account, user) = await SignedInUserAsync();
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");

        var export = await staff.GetAsync($"/api/staff/users/{account.Id}/data");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        var activity = await user.GetFromJsonAsync<JsonElement>("/api/me/activity");
        Assert.Contains(activity.GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "data-export" && i.GetProperty("actor").GetString() == "staff:staff-operator-script");
        var (staffTrail, _) = await portal.Service<AuditTrail>().ReadAsync(AuditTrail.StaffChain("staff-operator-script"), 20, null, CancellationToken.None);
        Assert.Contains(staffTrail, r => r.Action == AuditActions.DataExport && r.Target == account.Id);
        await ProblemAssert.IsProblemAsync(await staff.GetAsync($"/api/staff/users/{Guid.NewGuid():N}/data"), HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Clause", "25")]
    public async Task SentEmail_IsInTheUsersActivity_WithItsKindAndSendingTime()
    {
        var (account, user) = await SignedInUserAsync();
        var before = DateTimeOffset.UtcNow;
        (await portal.CreateClient().PostAsJsonAsync("/api/auth/password-reset", new { email = account.Email })).EnsureSuccessStatusCode();

        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

        var activity = await user.GetFromJsonAsync<JsonElement>("/api/me/activity");
        var sent = Assert.Single(activity.GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "email-sent");
        Assert.Equal(EmailTemplates.PasswordReset, sent.GetProperty("emailKind").GetString());
        Assert.InRange(sent.GetProperty("at").GetDateTimeOffset(), before, DateTimeOffset.UtcNow);
        Assert.Single(await portal.Backends.Mail.MessagesToAsync(account.Email));
    }

    private async Task<(UserAccount Account, HttpClient Client)> SignedInUserAsync()
    {
        var account = (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"privacy-{Guid.NewGuid():N}@example.lv", "Inese", "Liepa", "lv", Password, 4), CancellationToken.None))!;
        var client = portal.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return (account, client);
    }
}
