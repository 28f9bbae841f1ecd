using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.BackOffice;
using Portal.Core.Outcomes;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>The back office feeds clients by external id and version (issue 4 §5): replays, stale and conflicting versions, bad records one by one.</summary>
[Collection(PortalCollection.Name)]
public sealed class ClientFeedTests(PortalFixture portal)
{
    [Fact]
    public async Task Feed_ABatchWithABadRecord_TheRestLandAndTheBadOneIsRejectedWithReasons()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var naturalId = NewId();
        var natural = Natural(naturalId, 1, "Pēteris Kalns");
        var legal = new { externalId = NewId(), version = 1, kind = "legal", name = "SIA Radio Viļņi", registrationNumber = "4000" + Random.Shared.Next(1_000_000, 9_999_999), billingArrangement = "monthly-invoice", services = new[] { "fixed-links", "broadcasting" } };
        var bad = new { externalId = NewId(), version = 0, kind = "natural", name = "", personalCode = "123", billingArrangement = "barter", services = new[] { "telepathy" } };

        var results = await FeedAsync(backOffice, natural, legal, bad);

        Assert.Equal(["created", "created", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(naturalId, results[0].GetProperty("externalId").GetString());
        var errors = results[2].GetProperty("errors");
        foreach (var field in new[] { "version", "name", "personalCode", "billingArrangement", "services" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    [Fact]
    public async Task Feed_Versions_ReplayIsUnchanged_OlderIsStale_SameVersionOtherContentIsRejected_NewerUpdates()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var id = NewId();
        var code = RegistrationReviewTests.NewPersonalCode();
        await FeedAsync(backOffice, Natural(id, 2, "Anna Bērziņa", code));

        var replay = await FeedAsync(backOffice, Natural(id, 2, "Anna Bērziņa", code));
        var older = await FeedAsync(backOffice, Natural(id, 1, "Anna Bērziņa", code));
        var conflict = await FeedAsync(backOffice, Natural(id, 2, "Anna Ozola", code));
        var newer = await FeedAsync(backOffice, Natural(id, 3, "Anna Ozola", code));

        Assert.Equal("unchanged", replay[0].GetProperty("status").GetString());
        Assert.Equal("stale", older[0].GetProperty("status").GetString());
        Assert.Equal("rejected", conflict[0].GetProperty("status").GetString());
        Assert.True(conflict[0].GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal("updated", newer[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Feed_TheSameExternalIdTwiceInABatch_SecondIsRejected()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var id = NewId();

        var results = await FeedAsync(backOffice, Natural(id, 1, "Jānis Liepa"), Natural(id, 2, "Jānis Liepa"));

        Assert.Equal(["created", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Feed_RefusesCallersWithoutTheRoleBrowsersAndBadBodies()
    {
        var record = new[] { Natural(NewId(), 1, "Jānis Liepa") };
        var anonymous = portal.CreateClient();
        var operatorScript = await portal.CreateStaffClientAsync("staff-operator-script");
        var staffBrowser = portal.CreateClient();
        await portal.Backends.Identity.SignInAsync(staffBrowser, Portal.Testing.DevIdentity.Admin);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");

        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync("/api/backoffice/clients", record), HttpStatusCode.Unauthorized);
        var forbidden = await ProblemAssert.IsProblemAsync(await operatorScript.PostAsJsonAsync("/api/backoffice/clients", record), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.StaffRoleRequired, forbidden.GetProperty("type").GetString());
        await ProblemAssert.IsProblemAsync(await staffBrowser.PostAsJsonAsync("/api/backoffice/clients", record), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await backOffice.PostAsJsonAsync("/api/backoffice/clients", Array.Empty<object>()), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await backOffice.PostAsJsonAsync("/api/backoffice/clients", Enumerable.Range(0, 101).Select(_ => Natural(NewId(), 1, "X Y")).ToArray()), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await backOffice.PostAsync("/api/backoffice/clients", new StringContent("{\"not\":\"an array\"}", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await backOffice.PostAsJsonAsync("/api/backoffice/spaceships", record), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Feed_ANaturalPersonsClient_IsTheClientOfTheirApprovedRegistration_AndTheyReadItsServices()
    {
        var code = RegistrationReviewTests.NewPersonalCode();
        var email = $"linked-{Guid.NewGuid():N}@example.lv";
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var user = await Approved.NaturalPersonAsync(portal, staff, email, code, "Zvaigzne-42x");
        var clientId = Assert.Single((await user.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("clients").EnumerateArray()).GetProperty("id").GetString();

        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var results = await FeedAsync(backOffice, new
        {
            externalId = NewId(), version = 1, kind = "natural", name = "Jānis Bērziņš (radioamatieris)", personalCode = code,
            billingArrangement = "advance-payment", services = new[] { "amateur" },
        });

        Assert.Equal("created", results[0].GetProperty("status").GetString());
        var overview = await user.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}");
        Assert.Equal("Jānis Bērziņš (radioamatieris)", overview.GetProperty("name").GetString());
        Assert.Equal("advance-payment", overview.GetProperty("billingArrangement").GetString());
        Assert.Equal(["amateur"], overview.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
        var me = await user.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("Jānis Bērziņš (radioamatieris)", me.GetProperty("clients")[0].GetProperty("name").GetString());
    }

    internal static string NewId() => $"BO-{Guid.NewGuid():N}";

    private static object Natural(string externalId, int version, string name, string? personalCode = null) => new
    {
        externalId, version, kind = "natural", name, personalCode = personalCode ?? RegistrationReviewTests.NewPersonalCode(),
        address = "Rīga", email = "klients@example.lv", phone = "+371 20000000", billingArrangement = "quarterly-invoice", services = new[] { "land-mobile" },
    };

    private static async Task<JsonElement[]> FeedAsync(HttpClient backOffice, params object[] records)
    {
        var response = await backOffice.PostAsJsonAsync("/api/backoffice/clients", records);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(BackOfficeContract.Version, answer.GetProperty("contractVersion").GetInt32());
        return [.. answer.GetProperty("results").EnumerateArray()];
    }
}

/// <summary>A person through the real way in: application, staff approval, activation, sign-in.</summary>
internal static class Approved
{
    public static Task<string> PendingIdAsync(HttpClient staff, string email) => ApprovedPerson.PendingIdAsync(staff, email);

    /// <summary>Applied, approved, activated and signed in.</summary>
    public static async Task<HttpClient> NaturalPersonAsync(PortalFixture portal, HttpClient staff, string email, string personalCode, string password, IReadOnlyList<string>? scopes = null)
    {
        var user = portal.CreateClient();
        await ApprovedPerson.ActivateAsync(user, staff, portal.Factory.Services, portal.Backends.Mail, email, personalCode, password, scopes);
        (await user.PostAsJsonAsync("/api/auth/sign-in", new { email, password })).EnsureSuccessStatusCode();
        return user;
    }
}
