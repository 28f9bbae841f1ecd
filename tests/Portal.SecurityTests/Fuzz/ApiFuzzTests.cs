using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Portal.Functions.Pipeline;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.SecurityTests.Fuzz;

/// <summary>
/// The API fuzzed from its own OpenAPI document: for every operation, generated route values, query
/// parameters, headers and bodies - of the documented shape with hostile leaves, of the wrong type,
/// nested thousands deep, with duplicate keys, invalid UTF-8, the wrong media type, past the size
/// limit - sent as the caller the operation asks for (a signed-in session with its anti-forgery
/// header, a staff bearer, the back office's bearer) and now and then as another. Nothing may be a
/// 5xx, every 4xx is a problem with a type, and every answer matches the document (the clients'
/// <see cref="ContractCheckHandler"/>). Bounded by time (PORTAL_FUZZ_SECONDS, 60 by default), or by
/// a count of requests (PORTAL_FUZZ_REQUESTS, for ./dev fuzz); the counts by status and route are
/// written to the test output and to PORTAL_FUZZ_REPORT when set.
/// </summary>
public sealed class ApiFuzzTests(FuzzPortal portal, ITestOutputHelper output) : IClassFixture<FuzzPortal>
{
    [Fact]
    public async Task EveryOperation_UnderGeneratedHostileRequests_AnswersWithoutA5xxAndEvery4xxIsAProblem()
    {
        var anonymous = portal.CreateClient();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var operations = FuzzOperation.All(document);
        var values = new HostileValues(document);
        var clients = new Dictionary<FuzzCaller, HttpClient>
        {
            [FuzzCaller.Anonymous] = anonymous,
            [FuzzCaller.Session] = await portal.SignedInAsync("fuzz"),
            [FuzzCaller.Staff] = await BearerAsync("staff-admin-script"),
            [FuzzCaller.BackOffice] = await BearerAsync("backoffice"),
        };
        var byStatus = new ConcurrentDictionary<int, int>();
        var byRoute = new ConcurrentDictionary<string, ConcurrentDictionary<int, int>>(StringComparer.Ordinal);

        var requests = from index in Gen.Int[0, operations.Count - 1]
                       from seed in Gen.Int
                       select (Seed: seed, Request: FuzzRequest.Build(operations[index], values, new Random(seed)));

        var count = Setting("PORTAL_FUZZ_REQUESTS");
        try
        {
            await requests.SampleAsync(
                async sample =>
                {
                    using var message = sample.Request.ToMessage(new Random(sample.Seed));
                    using var response = await clients[sample.Request.Caller].SendAsync(message);
                    var status = (int)response.StatusCode;
                    byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
                    byRoute.GetOrAdd(sample.Request.Operation.Name, _ => new()).AddOrUpdate(status, 1, (_, n) => n + 1);

                    Assert.True(status < 500, $"{status}: {await response.Content.ReadAsStringAsync()}");
                    if (status >= 400)
                    {
                        Assert.Equal(Problems.ContentType, response.Content.Headers.ContentType?.MediaType);
                        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()), $"A problem without a type for {sample.Request}");
                    }
                },
                iter: count ?? 1_000_000_000,
                time: count is null ? Setting("PORTAL_FUZZ_SECONDS") ?? 60 : -1,
                threads: 4,
                print: sample => $"seed {sample.Seed}: {sample.Request.ToString()[..Math.Min(sample.Request.ToString().Length, 600)]}");
        }
        finally
        {
            var report = Report(byStatus, byRoute);
            output.WriteLine(report);
            if (Environment.GetEnvironmentVariable("PORTAL_FUZZ_REPORT") is { Length: > 0 } path)
            {
                await File.WriteAllTextAsync(path, report);
            }
        }

        Assert.Equal(operations.Select(o => o.Name).ToHashSet(), byRoute.Keys.ToHashSet());
    }

    private async Task<HttpClient> BearerAsync(string script)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await portal.Backends.Identity.TokenAsync(script));
        return client;
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Report(ConcurrentDictionary<int, int> byStatus, ConcurrentDictionary<string, ConcurrentDictionary<int, int>> byRoute)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{byStatus.Values.Sum()} requests; by status:");
        foreach (var (status, n) in byStatus.OrderBy(s => s.Key))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {status}  {n}");
        }

        text.AppendLine("By route (status: count):");
        foreach (var (route, statuses) in byRoute.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {route,-60} {string.Join("  ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");
        }

        return text.ToString();
    }
}
