using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.IntegrationTests;

/// <summary>
/// Every HTTP function declares exactly one access rule, and the pipeline holds each kind of rule
/// against every route that declares it, enumerated from functions.metadata (not a list kept by
/// hand): no credentials, a person's session, the wrong role and a bearer token of the wrong kind.
/// Client-scoped routes have their own matrix (<see cref="ClientAuthorizationTests"/>).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class AccessRuleTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    public static TheoryData<string> HttpFunctions() => [.. Http().Select(f => f.Name)];

    public static TheoryData<string, string> RoutesOf(string kind)
    {
        var routes = new TheoryData<string, string>();
        foreach (var function in Http().Where(f => FunctionAccess.MethodOf(f.EntryPoint).GetCustomAttributes<AccessAttribute>().SingleOrDefault()?.GetType().Name == kind))
        {
            foreach (var method in function.Trigger.Methods!)
            {
                routes.Add(function.Name, method.ToUpperInvariant());
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void HttpFunction_DeclaresExactlyOneAccessRule(string functionName)
    {
        var method = FunctionAccess.MethodOf(Http().Single(f => f.Name == functionName).EntryPoint);

        var rules = method.GetCustomAttributes<AccessAttribute>().ToList();

        Assert.True(rules.Count == 1, $"{functionName} declares {rules.Count} access rules: [{string.Join(", ", rules.Select(r => r.GetType().Name))}]");
        Assert.IsType(rules[0].GetType(), FunctionAccess.Of(method));
    }

    [Fact]
    public void FunctionAccess_NoRuleOrTwo_IsRefusedNamingTheFunction()
    {
        foreach (var name in new[] { nameof(Undeclared.None), nameof(Undeclared.Two) })
        {
            var error = Assert.Throws<InvalidOperationException>(() => FunctionAccess.Of(typeof(Undeclared).GetMethod(name)!));
            Assert.Contains($"{nameof(Undeclared)}.{name}", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ClientScopedRoutes_AreExactlyTheClientServiceFunctions()
    {
        foreach (var function in Http())
        {
            var clientScoped = function.Trigger.Route?.StartsWith("clients/{clientId}", StringComparison.Ordinal) == true;
            var declared = FunctionAccess.MethodOf(function.EntryPoint).GetCustomAttribute<ClientServiceAttribute>() is not null;
            Assert.True(clientScoped == declared, $"{function.Name}: route {function.Trigger.Route}, [ClientService] {(declared ? "declared" : "not declared")}");
        }
    }

    [Fact]
    public void EveryKindOfRule_IsDeclaredSomewhere()
    {
        var declared = Http().Select(f => FunctionAccess.MethodOf(f.EntryPoint).GetCustomAttributes<AccessAttribute>().Single().GetType()).ToHashSet();

        Assert.All(typeof(AccessAttribute).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AccessAttribute))), kind => Assert.Contains(kind, declared));
    }

    [Theory]
    [MemberData(nameof(RoutesOf), nameof(StaffRoleAttribute))]
    public async Task StaffRoute_RefusesNoCredentialsAPersonsSessionTheWrongRoleAndATokenOfTheWrongKind(string functionName, string method)
    {
        var function = Http().Single(f => f.Name == functionName);
        var role = FunctionAccess.MethodOf(function.EntryPoint).GetCustomAttribute<StaffRoleAttribute>()!.Role;

        await AssertRefusedAsync(await SendAsync(portal.CreateClient(), method, function), HttpStatusCode.Unauthorized, ProblemTypes.StaffSignInRequired);
        await AssertRefusedAsync(await SendAsync(await PersonAsync(), method, function), HttpStatusCode.Unauthorized, ProblemTypes.StaffSignInRequired);
        // The back office's app role is a token of another kind: valid, but no staff member's.
        await AssertRefusedAsync(await SendAsync(await portal.CreateStaffClientAsync("backoffice"), method, function), HttpStatusCode.Forbidden, ProblemTypes.StaffRoleRequired);
        if (role == StaffRoles.Admin)
        {
            await AssertRefusedAsync(await SendAsync(await portal.CreateStaffClientAsync("staff-operator-script"), method, function), HttpStatusCode.Forbidden, ProblemTypes.StaffRoleRequired);
        }

        var script = role == StaffRoles.Admin ? "staff-admin-script" : "staff-operator-script";
        await AssertPastTheGateAsync(await SendAsync(await portal.CreateStaffClientAsync(script), method, function), functionName);
    }

    [Theory]
    [MemberData(nameof(RoutesOf), nameof(BackOfficeAttribute))]
    public async Task BackOfficeRoute_RefusesNoCredentialsAPersonsSessionAStaffSessionAndAStaffToken(string functionName, string method)
    {
        var function = Http().Single(f => f.Name == functionName);

        await AssertRefusedAsync(await SendAsync(portal.CreateClient(), method, function), HttpStatusCode.Unauthorized, ProblemTypes.StaffSignInRequired);
        // No anti-forgery token is asked of a bearer-only route: without the token the answer is the same 401.
        await AssertRefusedAsync(await SendAsync(portal.Factory.CreateClientWithoutXsrf(), method, function), HttpStatusCode.Unauthorized, ProblemTypes.StaffSignInRequired);
        await AssertRefusedAsync(await SendAsync(await PersonAsync(), method, function), HttpStatusCode.Unauthorized, ProblemTypes.StaffSignInRequired);
        // A staff browser session never counts for the back office, even an admin's.
        var staffBrowser = portal.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await portal.Backends.Identity.SignInAsync(staffBrowser, Portal.Testing.DevIdentity.Admin)).StatusCode);
        await AssertRefusedAsync(await SendAsync(staffBrowser, method, function), HttpStatusCode.Unauthorized, ProblemTypes.StaffSignInRequired);
        await AssertRefusedAsync(await SendAsync(await portal.CreateStaffClientAsync("staff-admin-script"), method, function), HttpStatusCode.Forbidden, ProblemTypes.StaffRoleRequired);

        await AssertPastTheGateAsync(await SendAsync(await portal.CreateStaffClientAsync("backoffice"), method, function), functionName);
    }

    [Theory]
    [MemberData(nameof(RoutesOf), nameof(SignedInUserAttribute))]
    public async Task SignedInRoute_RefusesNoSessionAndAStaffToken(string functionName, string method)
    {
        var function = Http().Single(f => f.Name == functionName);

        await AssertRefusedAsync(await SendAsync(portal.CreateClient(), method, function), HttpStatusCode.Unauthorized, ProblemTypes.SessionRequired);
        // A bearer token is a script's, never a portal user's session.
        await AssertRefusedAsync(await SendAsync(await portal.CreateStaffClientAsync("staff-admin-script"), method, function), HttpStatusCode.Unauthorized, ProblemTypes.SessionRequired);

        await AssertPastTheGateAsync(await SendAsync(await PersonAsync(), method, function), functionName);
    }

    private static IEnumerable<FunctionMetadata> Http() => FunctionMetadata.Load(AppContext.BaseDirectory).Where(f => f.IsHttp);

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, status);
        Assert.Equal(type, problem.GetProperty("type").GetString());
    }

    /// <summary>Past the gate: whatever the route then answers (an empty body may be a 400, an unknown id a 404), it is not a refusal of access.</summary>
    private static async Task AssertPastTheGateAsync(HttpResponseMessage response, string functionName)
    {
        var type = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()
            : null;
        Assert.True(
            type is not (ProblemTypes.SessionRequired or ProblemTypes.StaffSignInRequired or ProblemTypes.StaffRoleRequired
                or ProblemTypes.PasswordChangeRequired or ProblemTypes.TermsAcceptanceRequired or ProblemTypes.XsrfTokenMissing),
            $"{functionName} refused a caller its rule admits: {type}");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, FunctionMetadata function)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), RouteValue().Replace("/api/" + function.Trigger.Route!, "x"));
        if (method is not ("GET" or "DELETE"))
        {
            request.Content = JsonContent.Create(new { });
        }

        return client.SendAsync(request);
    }

    /// <summary>A signed-in portal user with no step pending.</summary>
    private async Task<HttpClient> PersonAsync()
    {
        var terms = await portal.Service<TermsCatalog>().CurrentVersionNumberAsync(CancellationToken.None) ?? 1;
        var account = (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"person-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", Password, terms), CancellationToken.None))!;
        var http = portal.CreateClient();
        (await http.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return http;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();

    /// <summary>Methods that break the rule: the pipeline must refuse them, naming them.</summary>
    private static class Undeclared
    {
        public static void None()
        {
        }

        [Anonymous]
        [SignedInUser]
        public static void Two()
        {
        }
    }
}
