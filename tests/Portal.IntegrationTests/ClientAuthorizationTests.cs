using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Portal.Core;
using Portal.Core.Accounts;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.IntegrationTests;

/// <summary>
/// Every client-scoped route, enumerated from functions.metadata (not a list kept by hand), against:
/// no session, a client the user does not act for, each missing scope, and a client its service is
/// not for (by kind, billing arrangement or registered services: <see cref="ClientServices"/>).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ClientAuthorizationTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    public static TheoryData<string, string> ClientRoutes()
    {
        var routes = new TheoryData<string, string>();
        foreach (var function in FunctionMetadata.Load(AppContext.BaseDirectory).Where(f => f.IsHttp))
        {
            if (function.Trigger.Route?.StartsWith("clients/{clientId}", StringComparison.Ordinal) == true)
            {
                foreach (var method in function.Trigger.Methods!)
                {
                    routes.Add(function.Name, method.ToUpperInvariant());
                }
            }
        }

        return routes;
    }

    [Fact]
    public void ClientRoutes_AreFound()
    {
        Assert.NotEmpty(ClientRoutes());
    }

    [Theory]
    [Trait("Clause", "3")]
    [MemberData(nameof(ClientRoutes))]
    public async Task ClientRoute_RefusesNoSessionAnotherClientEachMissingScopeAndAClientItIsNotFor(string functionName, string method)
    {
        var function = FunctionMetadata.Load(AppContext.BaseDirectory).Single(f => f.Name == functionName);
        var declared = FunctionAccess.MethodOf(function.EntryPoint).GetCustomAttribute<ClientServiceAttribute>();
        Assert.True(declared is not null, $"{functionName} is client-scoped but does not declare [ClientService]");
        var clients = portal.Service<ClientStore>();

        // A company with an invoice arrangement and a registered service: every service is for it.
        var own = await FedClientAsync(new ClientRecord(
            Guid.NewGuid().ToString("N"), 1, "legal", "SIA Matrica", null, $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", null, null, null, "monthly-invoice", ["land-mobile"]));
        Assert.All(ClientServices.Rules, rule => Assert.True(ClientServices.Serves(rule, own)));
        var foreign = await NewClientAsync(clients);

        // No session.
        var anonymous = await SendAsync(portal.CreateClient(), method, function, own.Id);
        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized);

        // Another client: as if it did not exist.
        var member = await MemberAsync(clients, own, Vocabulary<Scope>.All);
        var other = await ProblemAssert.IsProblemAsync(await SendAsync(member, method, function, foreign.Id), HttpStatusCode.NotFound);
        Assert.Equal(ProblemTypes.ClientNotFound, other.GetProperty("type").GetString());

        foreach (var scope in Vocabulary<Scope>.All)
        {
            var without = await MemberAsync(clients, own, [.. Vocabulary<Scope>.All.Where(s => s != scope)]);
            var response = await SendAsync(without, method, function, own.Id);
            if (declared!.Rule.Scope == scope)
            {
                var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
                Assert.Equal(ProblemTypes.ScopeRequired, problem.GetProperty("type").GetString());
            }
            else
            {
                await AssertPastTheGateAsync(response, $"{functionName} refused a member without '{scope}', which it does not need");
            }
        }

        // A natural person paying in advance, with no registered service: the services with a rule on kind, arrangement or services are not for it.
        var unserved = await FedClientAsync(new ClientRecord(
            Guid.NewGuid().ToString("N"), 1, "natural", "Ilze Kalna", $"32{Random.Shared.NextInt64(100_000_000, 999_999_999)}", null, null, null, null, "advance-payment", []));
        var unservedResponse = await SendAsync(await MemberAsync(clients, unserved, Vocabulary<Scope>.All), method, function, unserved.Id);
        if (ClientServices.Serves(declared!.Rule, unserved))
        {
            await AssertPastTheGateAsync(unservedResponse, $"{functionName} refused a client its service is for");
        }
        else
        {
            var problem = await ProblemAssert.IsProblemAsync(unservedResponse, HttpStatusCode.Forbidden);
            Assert.Equal(ProblemTypes.ServiceNotAvailable, problem.GetProperty("type").GetString());
        }
    }

    [Fact]
    public void EveryRuleOnKindArrangementOrServices_IsBrokenByTheUnservedClient()
    {
        // The route test's unserved client is a natural person paying in advance with no services: each restricted rule must refuse it, or the test above would not try that rule.
        var unserved = new Client("x", "Ilze Kalna", ClientKind.Natural, null, DateTimeOffset.UnixEpoch) { BillingArrangement = BillingArrangement.AdvancePayment };
        foreach (var rule in ClientServices.Rules.Where(r => r.Kinds.Count < 2 || r.Arrangements is not null || r.NeedsRegisteredService))
        {
            Assert.False(ClientServices.Serves(rule, unserved), rule.Service);
        }
    }

    /// <summary>Past the gate: whatever the route then answers (an empty body may be a 400), it is not the gate's refusal.</summary>
    private static async Task AssertPastTheGateAsync(HttpResponseMessage response, string message)
    {
        var type = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()
            : null;
        Assert.True(type is not (ProblemTypes.SessionRequired or ProblemTypes.ClientNotFound or ProblemTypes.ScopeRequired or ProblemTypes.ServiceNotAvailable),
            $"{message}: {type}");
    }

    private async Task<Client> FedClientAsync(ClientRecord record)
    {
        Assert.Equal(FeedStatus.Created, (await portal.Service<ClientFeed>().UpsertAsync(record, CancellationToken.None)).Status);
        return (await portal.Service<ClientStore>().GetByExternalIdAsync(record.ExternalId!, CancellationToken.None))!;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, FunctionMetadata function, string clientId)
    {
        var path = "/api/" + function.Trigger.Route!.Replace("{clientId}", clientId, StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "x"));
        if (method is not ("GET" or "DELETE"))
        {
            request.Content = JsonContent.Create(new { });
        }

        return client.SendAsync(request);
    }

    private static async Task<Client> NewClientAsync(ClientStore clients) =>
        await clients.EnsureAsync(Guid.NewGuid().ToString("N"), "SIA Matrica", ClientKind.Legal, $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", CancellationToken.None);

    /// <summary>A signed-in user acting for the client with exactly these scopes.</summary>
    private async Task<HttpClient> MemberAsync(ClientStore clients, Client client, IReadOnlyList<Scope> scopes)
    {
        var account = (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"member-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", Password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, scopes, CancellationToken.None);
        var http = portal.CreateClient();
        (await http.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(scopes.Select(scope => scope.Text()), me.GetProperty("clients")[0].GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!));
        return http;
    }
}
