using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Clients;

namespace Portal.IntegrationTests;

/// <summary>
/// The forms that follow a permit: an amendment begun by the server from the permit's stored values, which keeps them as they were beside
/// the user's changes; and the usage-permit request, whose five-working-day deadline is counted by Latvia's working-day calendar, a day
/// beyond the calendar refused at the installation day's path.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SubmissionPermitFormsTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    private static Task<HttpResponseMessage> SaveAsync(HttpClient member, string clientId, string id, string eTag, object content)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/clients/{clientId}/submissions/{id}") { Content = JsonContent.Create(new { content }) };
        request.Headers.TryAddWithoutValidation("If-Match", eTag);
        return member.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient member, string clientId, string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{clientId}/submissions/{id}/submit") { Content = JsonContent.Create(new { password = Password }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return member.SendAsync(request);
    }

    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!)];

    [Fact]
    public async Task Amendment_BeginsFromThePermitsStoredValues_AndASaveChangesOnlyWhatTheUserMayChange()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (externalId, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, ["fixed-links"], Scope.Submit, Scope.Technical);
        var permitId = $"AT-{Guid.NewGuid():N}";
        await PermitFeedTests.FeedAsync(backOffice, PermitFeedTests.FixedLink(permitId, 1, externalId, "AT-2026-00500"));
        var url = $"/api/clients/{clientId}/submissions";

        var noPermit = await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync(url, new { kind = "amendment", content = new { } }), HttpStatusCode.BadRequest);
        Assert.Contains("send its id", Errors(noPermit, "permitId")[0], StringComparison.Ordinal);
        var unknown = await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync(url, new { kind = "amendment", permitId = "AT-NO-SUCH" }), HttpStatusCode.BadRequest);
        Assert.Contains("no permit with this id", Errors(unknown, "permitId")[0], StringComparison.Ordinal);
        var withContent = await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync(url, new { kind = "amendment", permitId, content = new { before = new { number = "forged" } } }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Errors(withContent, "content"));

        var created = await member.PostAsJsonAsync(url, new { kind = "amendment", formVersion = 1, permitId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        var content = draft.GetProperty("content");
        Assert.Equal(permitId, content.GetProperty("permitId").GetString());
        Assert.Equal("AT-2026-00500", content.GetProperty("before").GetProperty("number").GetString());
        Assert.Equal(["Zaķusala", "Ķekava"], content.GetProperty("stations").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("Zaķusalas krastmala 1, Rīga", content.GetProperty("stations")[0].GetProperty("address").GetString());
        Assert.Equal(("transmit", 18_000.5m), (content.GetProperty("stations")[0].GetProperty("frequencies")[0].GetProperty("direction").GetString(), content.GetProperty("stations")[0].GetProperty("frequencies")[0].GetProperty("frequencyMHz").GetDecimal()));
        Assert.True(JsonElement.DeepEquals(content.GetProperty("before").GetProperty("stations"), content.GetProperty("stations")));
        Assert.Equal(["reason"], draft.GetProperty("problems").EnumerateObject().Select(p => p.Name));

        // The user moves the first frequency and says why; what came from the permit stays as it was, whatever the save sends.
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(content.GetRawText())!;
        var stations = System.Text.Json.Nodes.JsonNode.Parse(content.GetProperty("stations").GetRawText())!;
        stations[0]!["frequencies"]![0]!["frequencyMHz"] = 18_100.5m;
        changed["stations"] = JsonSerializer.SerializeToElement(stations);
        changed["reason"] = JsonSerializer.SerializeToElement("Traucējumi: jauna frekvence.");
        changed["permitId"] = JsonSerializer.SerializeToElement("AT-OTHER");
        changed["before"] = JsonSerializer.SerializeToElement(new { number = "forged" });
        var saved = await SaveAsync(member, clientId, draft.GetProperty("id").GetString()!, draft.GetProperty("etag").GetString()!, changed);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(permitId, after.GetProperty("content").GetProperty("permitId").GetString());
        Assert.Equal("AT-2026-00500", after.GetProperty("content").GetProperty("before").GetProperty("number").GetString());
        Assert.Equal(18_000.5m, after.GetProperty("content").GetProperty("before").GetProperty("stations")[0].GetProperty("frequencies")[0].GetProperty("frequencyMHz").GetDecimal());
        Assert.Equal(18_100.5m, after.GetProperty("content").GetProperty("stations")[0].GetProperty("frequencies")[0].GetProperty("frequencyMHz").GetDecimal());
        Assert.Empty(after.GetProperty("problems").EnumerateObject());

        var sent = await SubmitAsync(member, clientId, draft.GetProperty("id").GetString()!);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var receipt = await member.GetAsync($"{url}/{draft.GetProperty("id").GetString()}/receipt");
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);

        // Beginning from a permit reads its parameters: a member without the technical right may not.
        var (_, submitter, submitterClientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, ["fixed-links"], Scope.Submit);
        var refused = await ProblemAssert.IsProblemAsync(await submitter.PostAsJsonAsync($"/api/clients/{submitterClientId}/submissions", new { kind = "amendment", permitId }), HttpStatusCode.BadRequest);
        Assert.Contains("technical right", Errors(refused, "permitId")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsagePermit_DeadlineIsCountedInLatvianWorkingDays_AndADayBeyondTheCalendarIsRefusedAtItsPath()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (_, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, ["land-mobile"], Scope.Submit);
        var deadline = $"/api/clients/{clientId}/submissions/forms/usage-permit/deadline";

        // Across Midsummer and the Monday before it, moved to Saturday 27 June, which is worked.
        var midsummer = await member.GetFromJsonAsync<JsonElement>($"{deadline}?installedOn=2026-06-24");
        Assert.Equal(("installedOn", "2026-06-24", 5, "2026-06-30", true),
            (midsummer.GetProperty("field").GetString(), midsummer.GetProperty("from").GetString(), midsummer.GetProperty("workingDays").GetInt32(), midsummer.GetProperty("deadline").GetString(), midsummer.GetProperty("transfersConfirmed").GetBoolean()));
        // Across New Year's Eve, New Year's Day and Friday 2 January 2026 (moved).
        Assert.Equal("2026-01-09", (await member.GetFromJsonAsync<JsonElement>($"{deadline}?installedOn=2025-12-30")).GetProperty("deadline").GetString());

        var beyond = await ProblemAssert.IsProblemAsync(await member.GetAsync($"{deadline}?installedOn=2031-03-02"), HttpStatusCode.BadRequest);
        Assert.Contains("2025–2027", Errors(beyond, "installedOn")[0], StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"{deadline}?installedOn=2026-02-30"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/submissions/forms/free-form/deadline?installedOn=2026-06-24"), HttpStatusCode.NotFound);

        // The form checks the day against the calendar too: a draft names it, the submit refuses it at content.installedOn.
        var created = await member.PostAsJsonAsync($"/api/clients/{clientId}/submissions", new
        {
            kind = "usage-permit", content = new { installationPermitId = "AT-2026-00001", installedOn = "2031-03-02", readyForService = true, matchesPermit = true },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["installedOn"], draft.GetProperty("problems").EnumerateObject().Select(p => p.Name));
        var refused = await ProblemAssert.IsProblemAsync(await SubmitAsync(member, clientId, draft.GetProperty("id").GetString()!), HttpStatusCode.BadRequest);
        Assert.Contains("2025–2027", Errors(refused, "content.installedOn")[0], StringComparison.Ordinal);

        // Not offered to a client without a registered service: no deadline to count.
        var (_, plain, plainId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, [], Scope.Submit);
        await ProblemAssert.IsProblemAsync(await plain.GetAsync($"/api/clients/{plainId}/submissions/forms/usage-permit/deadline?installedOn=2026-06-24"), HttpStatusCode.NotFound);
    }
}
