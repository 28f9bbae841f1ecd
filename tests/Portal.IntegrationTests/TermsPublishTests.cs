using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Staff publish a new version of the terms (§16.2, §30); users accept it before anything else. A portal of its own: it changes the terms for everyone.</summary>
public sealed class TermsPublishTests : IAsyncLifetime
{
    private readonly IsolatedPortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    [Trait("Clause", "8")]
    [Trait("Clause", "22.3")]
    [Trait("Clause", "30")]
    public async Task Publish_ByAnAdmin_UsersMustAcceptTheNewVersionOnTheirNextRequest()
    {
        var account = (await _portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"terms-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", "Zvaigzne42", 4), CancellationToken.None))!;
        var user = _portal.CreateClient();
        (await user.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "Zvaigzne42" })).EnsureSuccessStatusCode();
        var terms = new { documentName = "Klientu portāla lietošanas noteikumi", approvedOn = "2026-11-20", validityNote = "Spēkā no 2026. gada 1. decembra", text = "1. Jauna redakcija.\n2. Otrais punkts." };

        var byOperator = await (await StaffAsync("staff-operator-script")).PostAsJsonAsync("/api/staff/terms", terms);
        var invalid = await (await StaffAsync("staff-admin-script")).PostAsJsonAsync("/api/staff/terms", new { documentName = "", text = "" });
        var published = await (await StaffAsync("staff-admin-script")).PostAsJsonAsync("/api/staff/terms", terms);

        await ProblemAssert.IsProblemAsync(byOperator, HttpStatusCode.Forbidden);
        var problem = await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("approvedOn", out _));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(5, (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var current = await user.GetFromJsonAsync<JsonElement>("/api/terms/current");
        Assert.Equal(5, current.GetProperty("version").GetInt32());
        Assert.Contains("Jauna redakcija", current.GetProperty("text").GetString(), StringComparison.Ordinal);

        var blocked = await ProblemAssert.IsProblemAsync(await user.GetAsync("/api/me/activity"), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.TermsAcceptanceRequired, blocked.GetProperty("type").GetString());
        Assert.True((await user.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("mustAcceptTerms").GetBoolean());
        (await user.PostAsJsonAsync("/api/me/terms-acceptance", new { version = 5 })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/me/activity")).StatusCode);
        var list = await user.GetFromJsonAsync<JsonElement>("/api/terms");
        Assert.Single(list.GetProperty("items").EnumerateArray(), v => v.GetProperty("inForce").GetBoolean());
    }

    private Task<HttpClient> StaffAsync(string script) => _portal.CreateStaffClientAsync(script);
}
