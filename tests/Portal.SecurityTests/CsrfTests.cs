using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.SecurityTests;

/// <summary>
/// Cross-site request forgery: a forged request carries the browser's cookies - the session and the
/// anti-forgery cookie - but cannot set the anti-forgery header. Every state-changing route refuses it,
/// an Authorization header of the forger's making changes nothing, and the cookie is __Host- bound.
/// </summary>
public sealed class CsrfTests(SecurityPortal portal) : IClassFixture<SecurityPortal>
{
    public static TheoryData<string, string, bool> StateChanges()
    {
        var routes = new TheoryData<string, string, bool>();
        foreach (var function in ApiDocument.Operations(FunctionMetadata.Load(AppContext.BaseDirectory)))
        {
            var rule = FunctionAccess.Of(function.EntryPoint);
            if (rule is ExternalCallbackAttribute or BackOfficeAttribute)
            {
                continue;
            }

            foreach (var method in function.Trigger.Methods!.Where(m => m is not ("get" or "head" or "options")))
            {
                var path = ApiDocument.PathOf(function.Trigger.Route!).Replace("{", "x", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
                routes.Add(method.ToUpperInvariant(), path, rule is StaffRoleAttribute);
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(StateChanges))]
    public async Task AStateChange_WithTheBrowsersCookiesButNotTheHeader_IsRefused(string method, string path, bool staffRoute)
    {
        var cookies = new CookieContainer();
        await portal.Factory.CreateHttpsClient(cookies).SignInAsync(await portal.NewAccountAsync("csrf"));
        var forger = portal.Factory.CreateClientWithoutXsrf(cookies);

        foreach (var authorization in new[] { null, "Bearer forged" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            if (authorization is not null)
            {
                // A cross-site page cannot send one either; if it could, it still would not stand in for the token.
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            var response = await forger.SendAsync(request);

            // A staff route takes a bearer call by its token alone, ignoring the cookies: a forged one is no one.
            var (status, type) = staffRoute && authorization is not null
                ? (HttpStatusCode.Unauthorized, ProblemTypes.StaffSignInRequired)
                : (HttpStatusCode.Forbidden, ProblemTypes.XsrfTokenMissing);
            Assert.Equal(status, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(type, problem.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task TheAntiForgeryCookie_IsHostBound()
    {
        var response = await portal.CreateClient().GetAsync("/api/health");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($"{Xsrf.CookieName}=", StringComparison.Ordinal));
        Assert.StartsWith("__Host-", Xsrf.CookieName, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AStaffScript_CallsWithItsBearerTokenAlone()
    {
        var script = portal.Factory.CreateClientWithoutXsrf();
        script.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await portal.Backends.Identity.TokenAsync("staff-operator-script"));

        var response = await script.PostAsJsonAsync("/api/staff/registrations/no-such-application/reject", new { reason = "Not ours." });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
