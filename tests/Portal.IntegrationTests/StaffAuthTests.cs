using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Staff sign in through the OpenID provider (browser flow) or call with bearer tokens (scripts).</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffAuthTests(PortalFixture portal)
{
    private DevIdentity Identity => portal.Backends.Identity;

    [Theory]
    [InlineData("staff-operator-script", "Staff.Operator")]
    [InlineData("staff-admin-script", "Staff.Admin")]
    public async Task BearerToken_WithAStaffRole_IsTheStaffMember(string script, string role)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Identity.TokenAsync(script));

        var me = await client.GetFromJsonAsync<JsonElement>("/api/staff/me");

        Assert.Equal(script, me.GetProperty("id").GetString());
        Assert.Equal([role], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task BearerToken_WithAnotherAppRole_IsForbidden()
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Identity.TokenAsync("backoffice"));

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/staff/me"), HttpStatusCode.Forbidden);

        Assert.Equal(ProblemTypes.StaffRoleRequired, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task BearerToken_WithNoRoleAtAll_IsRefusedByTheValidation()
    {
        // Microsoft.Identity.Web accepts no token that carries neither a scope nor an app role.
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Identity.TokenAsync("no-role-script"));

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/staff/me"), HttpStatusCode.Unauthorized);

        Assert.Equal(ProblemTypes.StaffSignInRequired, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task BearerToken_Tampered_IsUnauthorized()
    {
        var token = await Identity.TokenAsync("staff-admin-script");
        var parts = token.Split('.');
        // The same signature over a payload that claims another role.
        var payload = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { roles = new[] { "Staff.Admin" }, sub = "intruder", aud = DevIdentity.PortalClientId }))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"{parts[0]}.{payload}.{parts[2]}");

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/staff/me"), HttpStatusCode.Unauthorized);

        Assert.Equal(ProblemTypes.StaffSignInRequired, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task PersonSession_IsNotStaff()
    {
        var email = $"user-{Guid.NewGuid():N}@example.lv";
        await portal.Service<AccountStore>().CreateAsync(new NewAccount(email, "Jānis", "Bērziņš", "lv", "Zvaigzne42", 4), CancellationToken.None);
        var client = portal.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Zvaigzne42" })).EnsureSuccessStatusCode();

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/staff/me"), HttpStatusCode.Unauthorized);

        Assert.Equal(ProblemTypes.StaffSignInRequired, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task BrowserSignIn_Operator_EndsInAStaffSessionWithTheRole()
    {
        var client = portal.CreateClient();

        var callback = await Identity.SignInAsync(client, DevIdentity.Operator);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/staff/registrations", callback.Headers.Location!.OriginalString);
        Assert.Contains(callback.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-portal-session=", StringComparison.Ordinal));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/staff/me");
        Assert.Equal(DevIdentity.Operator, me.GetProperty("email").GetString());
        Assert.Equal(["Staff.Operator"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        // A staff session is not a portal user's.
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);

        (await client.PostAsync("/api/auth/sign-out", null)).EnsureSuccessStatusCode();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/staff/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BrowserSignIn_PersonWithoutAStaffRole_IsSentBackWithTheReason()
    {
        var client = portal.CreateClient();

        var callback = await Identity.SignInAsync(client, DevIdentity.NoRole);

        Assert.Equal("/staff/sign-in?error=no-role", callback.Headers.Location!.OriginalString);
        Assert.DoesNotContain(callback.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-portal-session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callback_ReplayedOrFromAnotherBrowser_StartsNoSession()
    {
        var client = portal.CreateClient();
        var location = await CallbackLocationAsync(client);

        var fromElsewhere = await portal.CreateClient().GetAsync(location);
        var first = await client.GetAsync(location);
        var replay = await client.GetAsync(location);

        Assert.Equal("/staff/sign-in?error=failed", fromElsewhere.Headers.Location!.OriginalString);
        Assert.Equal("/staff/registrations", first.Headers.Location!.OriginalString);
        Assert.StartsWith("/staff/sign-in?error=", replay.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ReturnToElsewhere_StaysInTheStaffPages()
    {
        var client = portal.CreateClient();

        var response = await client.GetAsync("/api/staff/auth/sign-in?returnTo=//evil.example/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Identity.Authority.ToString(), response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", response.Headers.Location.Query, StringComparison.Ordinal);
        Assert.Contains("scope=openid%20profile%20email", response.Headers.GetValues("Location").Single(), StringComparison.Ordinal);
    }

    /// <summary>Goes through the provider but stops before the portal's callback; returns the callback's path and query.</summary>
    private async Task<string> CallbackLocationAsync(HttpClient client)
    {
        var intercept = new HttpClient(new StopAtPortal(client)) { BaseAddress = client.BaseAddress };
        var response = await Identity.SignInAsync(intercept, DevIdentity.Operator);
        return response.RequestMessage!.RequestUri!.PathAndQuery;
    }

    /// <summary>Passes the sign-in's start to the portal, and answers the callback itself without calling it.</summary>
    private sealed class StopAtPortal(HttpClient portal) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.AbsolutePath == "/api/staff/auth/callback"
                ? new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request }
                : await portal.GetAsync(request.RequestUri.PathAndQuery, cancellationToken);
    }
}
