using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Clients;
using Portal.Core.Outcomes;

namespace Portal.IntegrationTests;

/// <summary>Submission forms offered by the client's kind and services, drafts checked by their form with errors by path, and saved only from the latest copy.</summary>
[Collection(PortalCollection.Name)]
public sealed class SubmissionDraftTests(PortalFixture portal)
{
    private async Task<(HttpClient Member, string ClientId)> CompanyAsync(string[] services, params Scope[] scopes)
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (_, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, services, scopes.Length == 0 ? [Scope.Submit] : scopes);
        return (member, clientId);
    }

    private static async Task<(JsonElement Draft, string ETag)> CreateAsync(HttpClient member, string clientId, object body)
    {
        var response = await member.PostAsJsonAsync($"/api/clients/{clientId}/submissions", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/clients/{clientId}/submissions/{draft.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal(draft.GetProperty("etag").GetString(), response.Headers.ETag?.ToString());
        return (draft, draft.GetProperty("etag").GetString()!);
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient member, string clientId, string id, string? eTag, object content)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/clients/{clientId}/submissions/{id}") { Content = JsonContent.Create(new { content }) };
        if (eTag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", eTag);
        }

        return member.SendAsync(request);
    }

    private static Dictionary<string, string[]> Problems(JsonElement draft) =>
        draft.GetProperty("problems").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());

    [Fact]
    public async Task Forms_AreOfferedByTheClientsKindAndRegisteredServices()
    {
        var (linked, linkedId) = await CompanyAsync(["fixed-links"]);
        var (plain, plainId) = await CompanyAsync([]);

        static async Task<List<string>> KindsAsync(HttpClient member, string clientId)
        {
            var forms = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/submissions/forms");
            Assert.Contains(forms.GetProperty("schemas").EnumerateArray(), s => s.GetProperty("$id").GetString()!.EndsWith("technical.schema.json", StringComparison.Ordinal));
            return [.. forms.GetProperty("forms").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!)];
        }

        Assert.Equal(["amateur-station", "amendment", "cancellation", "extension", "fixed-link-installation", "free-form", "usage-permit"], await KindsAsync(linked, linkedId));
        Assert.Equal(["amateur-station", "free-form"], await KindsAsync(plain, plainId));

        var refused = await ProblemAssert.IsProblemAsync(await plain.PostAsJsonAsync($"/api/clients/{plainId}/submissions", new { kind = "cancellation", content = new { } }), HttpStatusCode.BadRequest);
        Assert.Contains("amateur-station, free-form", refused.GetProperty("errors").GetProperty("kind")[0].GetString());
    }

    [Fact]
    public async Task Draft_IsCheckedByItsForm_WithEachErrorAtTheFieldsPath()
    {
        var (member, clientId) = await CompanyAsync(["fixed-links"]);
        var content = new
        {
            permitType = "temporary",
            plannedInstallationOn = "2026-13-01",
            colour = "blue",
            station = new
            {
                name = "Zaķusala",
                latitude = 56.93m,
                longitude = 24.12m,
                antennaHeightM = 120m,
                frequencies = new object[]
                {
                    new { frequencyMHz = 18_000.5m, emission = "28M0G7W", direction = "transmit" },
                    new { frequencyMHz = 19_010.5m, bandwidthKHz = 28_000m, emission = "wide", direction = "sideways" },
                },
            },
        };

        var (draft, _) = await CreateAsync(member, clientId, new { kind = "fixed-link-installation", content });

        Assert.Equal(("draft", 1), (draft.GetProperty("status").GetString(), draft.GetProperty("formVersion").GetInt32()));
        Assert.Equal(
            [
                "colour", "farEnd", "plannedInstallationOn", "station.address", "station.cadastralNumber",
                "station.frequencies[0].bandwidthKHz", "station.frequencies[1].direction", "station.frequencies[1].emission", "temporaryUntil",
            ],
            Problems(draft).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["This field is required."], Problems(draft)["farEnd"]);
        Assert.Equal(["The form has no such field."], Problems(draft)["colour"]);

        // The same draft completed has nothing left to mend.
        var whole = JsonSerializer.SerializeToNode(content)!.AsObject();
        whole.Remove("colour");
        whole["plannedInstallationOn"] = "2026-12-20";
        whole["temporaryUntil"] = "2027-03-01";
        whole["farEnd"] = "Ķekava";
        whole["station"]!["address"] = "Zaķusalas krastmala 1, Rīga";
        whole["station"]!["frequencies"]![0]!["bandwidthKHz"] = 28_000m;
        whole["station"]!["frequencies"]![1]!["emission"] = "28M0G7W";
        whole["station"]!["frequencies"]![1]!["direction"] = "receive";
        var saved = await SaveAsync(member, clientId, draft.GetProperty("id").GetString()!, draft.GetProperty("etag").GetString(), whole);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Empty(Problems(await saved.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task Draft_SavedOnlyFromTheLatestCopy_ListedAndDeleted()
    {
        var (member, clientId) = await CompanyAsync([]);
        var (draft, first) = await CreateAsync(member, clientId, new { kind = "free-form", content = new { subject = "Rēķina kopija" } });
        var id = draft.GetProperty("id").GetString()!;
        Assert.Equal(["message"], Problems(draft).Keys);

        // Two tabs: the first saves, the second still holds the first copy.
        var firstTab = await SaveAsync(member, clientId, id, first, new { subject = "Rēķina kopija", message = "Lūdzu atsūtīt." });
        Assert.Equal(HttpStatusCode.OK, firstTab.StatusCode);
        var second = firstTab.Headers.ETag!.ToString();
        Assert.NotEqual(first, second);

        var stale = await ProblemAssert.IsProblemAsync(await SaveAsync(member, clientId, id, first, new { subject = "Cits" }), HttpStatusCode.PreconditionFailed);
        Assert.Equal(ProblemTypes.PreconditionFailed, stale.GetProperty("type").GetString());
        Assert.Equal(second, stale.GetProperty("current").GetProperty("etag").GetString());
        Assert.Equal("Lūdzu atsūtīt.", stale.GetProperty("current").GetProperty("content").GetProperty("message").GetString());

        await ProblemAssert.IsProblemAsync(await SaveAsync(member, clientId, id, null, new { subject = "Cits" }), (HttpStatusCode)428);

        var read = await member.GetAsync($"/api/clients/{clientId}/submissions/{id}");
        Assert.Equal(second, read.Headers.ETag!.ToString());
        Assert.Equal("Rēķina kopija", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("content").GetProperty("subject").GetString());

        var list = (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/submissions")).GetProperty("submissions").EnumerateArray().ToList();
        var listed = Assert.Single(list);
        Assert.Equal((id, "free-form", "Līga Kalniņa"), (listed.GetProperty("id").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("updatedBy").GetString()));
        Assert.True(listed.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(89));

        using var staleDelete = new HttpRequestMessage(HttpMethod.Delete, $"/api/clients/{clientId}/submissions/{id}");
        staleDelete.Headers.TryAddWithoutValidation("If-Match", first);
        await ProblemAssert.IsProblemAsync(await member.SendAsync(staleDelete), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"/api/clients/{clientId}/submissions/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/submissions/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await SaveAsync(member, clientId, id, second, new { }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadDrafts_AreRefusedWithFieldErrors_AndTheSubmitScopeIsNeeded()
    {
        var (member, clientId) = await CompanyAsync([]);
        async Task<JsonElement> ErrorsAsync(object body) =>
            (await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync($"/api/clients/{clientId}/submissions", body), HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.True((await ErrorsAsync(new { kind = "telepathy", content = new { } })).TryGetProperty("kind", out _));
        Assert.True((await ErrorsAsync(new { kind = "free-form", formVersion = 99, content = new { } })).TryGetProperty("formVersion", out _));
        Assert.True((await ErrorsAsync(new { kind = "free-form", content = "text" })).TryGetProperty("content", out _));
        Assert.True((await ErrorsAsync(new { kind = "free-form" })).TryGetProperty("content", out _));
        Assert.True((await ErrorsAsync(new { kind = "free-form", content = new { message = new string('x', 30_001) } })).TryGetProperty("content", out _));

        var (draft, eTag) = await CreateAsync(member, clientId, new { kind = "free-form", content = new { } });
        var saved = await ProblemAssert.IsProblemAsync(await SaveAsync(member, clientId, draft.GetProperty("id").GetString()!, eTag, new JsonArray()), HttpStatusCode.BadRequest);
        Assert.True(saved.GetProperty("errors").TryGetProperty("content", out _));

        var (technical, technicalClientId) = await CompanyAsync([], Scope.Technical);
        var forbidden = await ProblemAssert.IsProblemAsync(await technical.GetAsync($"/api/clients/{technicalClientId}/submissions"), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.ScopeRequired, forbidden.GetProperty("type").GetString());
    }
}
