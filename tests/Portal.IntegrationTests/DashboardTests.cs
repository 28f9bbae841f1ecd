using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core;
using Portal.Core.Accounts;
using Portal.Core.Clients;

namespace Portal.IntegrationTests;

/// <summary>Where sign-in lands: per client and scope, what needs attention first, a year of figures, and the previous sign-in.</summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task Dashboard_ShowsEachClientWithinTheUsersScopes_WhatIsOverdueDueSoonAndEndingSoon()
    {
        var (clientExternalId, _, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        object Invoice(string number, int dueIn, decimal amount) => new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number, kind = "invoice", issuedOn = Date(today.AddDays(Math.Min(0, dueIn) - 20)),
            dueOn = Date(today.AddDays(dueIn)), amount, status = "issued",
        };
        await BillingFeedTests.FeedAsync(backOffice, "invoices", Invoice("RE-1", -10, 100m), Invoice("RE-2", 5, 40m), Invoice("RE-3", 30, 25m));
        await BillingFeedTests.FeedAsync(backOffice, "payments", new { externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today), amount = 30m });
        object Permit(string number, int endsIn) => new
        {
            externalId = $"AT-{Guid.NewGuid():N}", version = 1, clientExternalId, number, serviceKind = "land-mobile", status = "valid",
            validFrom = Date(today.AddYears(-1)), validTo = Date(today.AddDays(endsIn)),
            stations = new[] { new { name = "Bāze", location = "Rīga", latitude = 56.95m, longitude = 24.1m, frequencies = new[] { new { frequencyMHz = 150.0125m, bandwidthKHz = 12.5m, emission = "11K0F3E", powerW = 25m, direction = "txrx" } } } },
        };
        await BillingFeedTests.FeedAsync(backOffice, "permits", Permit("AT-30", 30), Permit("AT-200", 200), Permit("AT-PAST", -3));

        var (both, _) = await MemberAsync(clientId, Scope.Finance, Scope.Technical);
        var (finance, _) = await MemberAsync(clientId, Scope.Finance);
        var (technical, _) = await MemberAsync(clientId, Scope.Technical);

        var shown = Single(await both.GetFromJsonAsync<JsonElement>("/api/me/dashboard"), clientId);
        var billing = shown.GetProperty("billing");
        Assert.Equal(70m, billing.GetProperty("overdue").GetDecimal());
        Assert.Equal(40m, billing.GetProperty("dueSoon").GetDecimal());
        Assert.Equal(135m, billing.GetProperty("due").GetDecimal());
        Assert.Equal(Date(today.AddDays(5)), billing.GetProperty("nextDueOn").GetString());
        var months = billing.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(today.ToString("yyyy-MM", CultureInfo.InvariantCulture), months[^1].GetProperty("month").GetString());
        Assert.Equal(30m, months[^1].GetProperty("received").GetDecimal());
        var expiring = Assert.Single(shown.GetProperty("expiringPermits").EnumerateArray());
        Assert.Equal("AT-30", expiring.GetProperty("number").GetString());
        Assert.Equal(30, expiring.GetProperty("daysLeft").GetInt32());

        Assert.Equal(JsonValueKind.Null, Single(await finance.GetFromJsonAsync<JsonElement>("/api/me/dashboard"), clientId).GetProperty("expiringPermits").ValueKind);
        Assert.Equal(JsonValueKind.Null, Single(await technical.GetFromJsonAsync<JsonElement>("/api/me/dashboard"), clientId).GetProperty("billing").ValueKind);
    }

    [Fact]
    public async Task Dashboard_WithTheSubmitScope_ShowsDraftsAndWhatEsAsked_WithoutItNothing()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (_, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, [], Scope.Submit);
        var draft = await SubmissionSubmitTests.DraftAsync(member, clientId);
        var asked = await SubmissionSubmitTests.DraftAsync(member, clientId, new { subject = "Antenas maiņa", message = "Plānojam nomainīt antenu." });
        var received = await SubmissionSubmitTests.DraftAsync(member, clientId, new { subject = "Kopija", message = "Lūdzu kopiju." });
        foreach (var id in new[] { asked, received })
        {
            (await SubmissionSubmitTests.SubmitAsync(member, clientId, id, Guid.NewGuid().ToString())).EnsureSuccessStatusCode();
        }

        var changedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O");
        (await backOffice.PostAsJsonAsync("/api/backoffice/submission-statuses", new object[]
        {
            new { submissionId = asked, version = 1, status = "information-requested", message = "Lūdzu, pievienojiet antenas datu lapu.", changedAt },
            new { submissionId = received, version = 1, status = "received", changedAt },
        })).EnsureSuccessStatusCode();

        var shown = Single(await member.GetFromJsonAsync<JsonElement>("/api/me/dashboard"), clientId).GetProperty("submissions");
        Assert.Equal(1, shown.GetProperty("draftCount").GetInt32());
        var listed = Assert.Single(shown.GetProperty("drafts").EnumerateArray());
        Assert.Equal((draft, "draft", "Brīvas formas iesniegums", "Free-form request"), (listed.GetProperty("id").GetString(), listed.GetProperty("status").GetString(),
            listed.GetProperty("title").GetProperty("lv").GetString(), listed.GetProperty("title").GetProperty("en").GetString()));
        Assert.True(listed.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(89));
        var waiting = Assert.Single(shown.GetProperty("informationRequested").EnumerateArray());
        Assert.Equal((asked, "information-requested"), (waiting.GetProperty("id").GetString(), waiting.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("expiresAt").ValueKind);

        var (other, _) = await MemberAsync(clientId, Scope.Finance, Scope.Technical);
        Assert.Equal(JsonValueKind.Null, Single(await other.GetFromJsonAsync<JsonElement>("/api/me/dashboard"), clientId).GetProperty("submissions").ValueKind);
    }

    [Fact]
    public async Task PreviousSignIn_IsNoneAtFirst_ThenTheOneBeforeThisSession()
    {
        var (_, _, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var (first, email) = await MemberAsync(clientId, Scope.Finance);
        Assert.Equal(JsonValueKind.Null, (await first.GetFromJsonAsync<JsonElement>("/api/me/dashboard")).GetProperty("previousSignIn").ValueKind);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var second = portal.CreateClient();
        second.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");
        (await second.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password })).EnsureSuccessStatusCode();

        var previous = (await second.GetFromJsonAsync<JsonElement>("/api/me/dashboard")).GetProperty("previousSignIn");
        Assert.Equal(JsonValueKind.Object, previous.ValueKind);
        Assert.False(string.IsNullOrEmpty(previous.GetProperty("ipAddress").GetString()));
        Assert.True(DateTimeOffset.UtcNow - previous.GetProperty("at").GetDateTimeOffset() > TimeSpan.FromSeconds(2));
    }

    private async Task<(HttpClient Member, string Email)> MemberAsync(string clientId, params Scope[] scopes)
    {
        var client = (await portal.Service<ClientStore>().GetAsync(clientId, CancellationToken.None))!;
        var account = (await portal.Service<AccountStore>().CreateAsync(new NewAccount($"dashboard-{Guid.NewGuid():N}@example.lv", "Anna", "Liepa", "lv", Password, 4), CancellationToken.None))!;
        await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, scopes, CancellationToken.None);
        var member = portal.CreateClient();
        (await member.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return (member, account.Email);
    }

    private static JsonElement Single(JsonElement dashboard, string clientId) =>
        Assert.Single(dashboard.GetProperty("clients").EnumerateArray(), c => c.GetProperty("id").GetString() == clientId);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
