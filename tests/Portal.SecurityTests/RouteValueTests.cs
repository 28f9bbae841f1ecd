using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Outcomes;

namespace Portal.SecurityTests;

/// <summary>
/// Ids in the path that could never name a stored thing (a control character, # ? \ or the key
/// separator |) are answered 404 before they reach storage or an access gate - never a 500 from a key
/// storage refuses, never a key that reaches another row.
/// </summary>
public sealed class RouteValueTests(SecurityPortal portal) : IClassFixture<SecurityPortal>
{
    private readonly SecurityPortal _portal = portal;

    public static TheoryData<string> Hostile() => ["a%23b", "a%3Fb", "a%5Cb", "a%7Cb", "a%01b", new string('x', 300)];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task ASignedInUser_EndingASessionByAnIdThatNamesNothing_Gets404(string id)
    {
        var user = await _portal.SignedInAsync("route");

        await AssertNotFoundAsync(await user.DeleteAsync($"/api/me/sessions/{id}"));
        await AssertNotFoundAsync(await user.GetAsync($"/api/clients/{id}"));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Staff_ActingOnAUserByAnIdThatNamesNothing_Get404(string id)
    {
        var staff = await _portal.CreateStaffClientAsync("staff-operator-script");

        await AssertNotFoundAsync(await staff.PostAsync($"/api/staff/users/{id}/unlock", null));
        await AssertNotFoundAsync(await staff.PostAsync($"/api/staff/users/{id}/demand-password-change", null));
        await AssertNotFoundAsync(await staff.GetAsync($"/api/staff/users/{id}"));
    }

    private static async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ProblemTypes.NotFound, problem.GetProperty("type").GetString());
    }
}
