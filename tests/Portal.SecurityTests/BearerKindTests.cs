using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Portal.Functions.Access;

namespace Portal.SecurityTests;

/// <summary>
/// Finding 18: a bearer token signed by the tenant for the portal's audience is not enough. Only an
/// access token counts (an ID token names no calling application), and the back office's feed takes
/// only tokens issued to the back office itself, whichever other application holds its role.
/// </summary>
public sealed class BearerKindTests(SecurityPortal portal) : IClassFixture<SecurityPortal>
{
    [Fact]
    public async Task TheFeed_RefusesAnotherApplicationHoldingTheBackOfficesRole()
    {
        var other = await FeedAsync("other-backoffice-writer");
        var backOffice = await FeedAsync("backoffice");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, backOffice.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, backOffice.StatusCode);
    }

    [Theory]
    [InlineData("azp", "backoffice", "backoffice")]
    [InlineData("appid", "backoffice", "backoffice")]
    [InlineData("oid", "backoffice", null)]
    public void AnAccessToken_NamesItsCaller(string claim, string value, string? caller)
    {
        Assert.Equal(caller, BearerKind.CallerOf(new ClaimsPrincipal(new ClaimsIdentity([new Claim(claim, value), new Claim("roles", "Staff.Operator")], "Bearer"))));
    }

    [Fact]
    public void AnIdToken_IsNoAccessToken_EvenWithAnAuthorizedParty()
    {
        var idToken = new ClaimsIdentity([new Claim("azp", "radioatlaujas-portal"), new Claim("nonce", "n-0S6_WzA2Mj"), new Claim("roles", "Staff.Admin")], "Bearer");

        Assert.Null(BearerKind.CallerOf(new ClaimsPrincipal(idToken)));
    }

    private async Task<HttpResponseMessage> FeedAsync(string application)
    {
        using var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await portal.Backends.Identity.TokenAsync(application));
        return await client.PostAsJsonAsync("/api/backoffice/clients", new { items = Array.Empty<object>() });
    }
}
