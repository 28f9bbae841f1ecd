using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Testing;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class ActivityTests(PortalFixture portal)
{
    [Fact]
    [Trait("Clause", "18")]
    public async Task Activity_ShowsTheUsersOwnSignInsNewestFirst()
    {
        var email = $"activity-{Guid.NewGuid():N}@example.lv";
        await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(new NewAccount(email, "Ieva", "Liepa", "lv", "Zvaigzne42", 4), CancellationToken.None);
        var client = portal.CreateClient();
        await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Nepareiza1" });
        await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Zvaigzne42" });

        var activity = await client.GetFromJsonAsync<JsonElement>("/api/me/activity");

        var items = activity.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["succeeded", "failed"], items.Select(i => i.GetProperty("result").GetString()));
        Assert.All(items, i => Assert.Equal("sign-in", i.GetProperty("action").GetString()));
        Assert.Equal("self", items[0].GetProperty("actor").GetString());
        Assert.Equal("anonymous", items[1].GetProperty("actor").GetString());
    }

    [Fact]
    [Trait("Clause", "23.1")]
    public async Task Activity_KeepsTheIpAddressAndBrowserOfEachSignIn()
    {
        var email = $"activity-{Guid.NewGuid():N}@example.lv";
        await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(new NewAccount(email, "Ieva", "Liepa", "lv", "Zvaigzne42", 4), CancellationToken.None);
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("PortalTests/23.1");
        await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Nepareiza1" });
        await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Zvaigzne42" });

        var items = (await client.GetFromJsonAsync<JsonElement>("/api/me/activity")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("ipAddress").GetString())));
        Assert.All(items, item => Assert.Contains("PortalTests/23.1", item.GetProperty("userAgent").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Activity_WithoutSession_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateClient().GetAsync("/api/me/activity")).StatusCode);
    }
}

/// <summary>Tampers with the trail, so it has an Azurite of its own.</summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private static readonly AuditOrigin _origin = new("192.0.2.1", "test", "audit-test-0001");
    private readonly IsolatedPortal _portal = new();

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        _ = _portal.CreateClient();
    }

    [Fact]
    public async Task Verify_UntouchedChains_FindNothing()
    {
        await AppendAsync("user|intact", 5);

        Assert.Empty(await VerifyAsync());
    }

    [Fact]
    [Trait("Clause", "23.3")]
    public async Task Verify_RecordAltered_IsCaught()
    {
        await AppendAsync("user|altered", 4);
        var table = Table();
        var second = await table.GetEntityAsync<TableEntity>("user|altered", (long.MaxValue - 2).ToString("D19"));
        second.Value["Result"] = "failed";
        await table.UpdateEntityAsync(second.Value, ETag.All, TableUpdateMode.Replace);

        var breaks = await VerifyAsync();

        Assert.Contains(breaks, b => b.Chain == "user|altered" && b.Sequence == 2);
    }

    [Fact]
    [Trait("Clause", "23.3")]
    public async Task Verify_NewestRecordDeletedAndHeadWoundBack_IsCaughtByTheAnchor()
    {
        var records = await AppendAsync("user|trimmed", 3);
        var table = Table();
        await table.DeleteEntityAsync("user|trimmed", (long.MaxValue - 3).ToString("D19"));
        var head = new TableEntity("user|trimmed", "head") { ["Sequence"] = 2L, ["Hash"] = records[1].Hash };
        await table.UpdateEntityAsync(head, ETag.All, TableUpdateMode.Replace);

        var breaks = await VerifyAsync();

        Assert.Contains(breaks, b => b.Chain == "user|trimmed" && b.Sequence == 3);
    }

    [Fact]
    public async Task Append_InParallel_KeepsOneUnbrokenChain()
    {
        var trail = _portal.Service<AuditTrail>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => trail.AppendAsync("user|busy", "u", null, "sign-in", "t", $"r{i}", _origin, CancellationToken.None)));

        Assert.DoesNotContain(await VerifyAsync(), b => b.Chain == "user|busy");
        var (items, _) = await trail.ReadAsync("user|busy", 50, null, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => (long)i), items.Select(r => r.Sequence));
    }

    [Fact]
    [Trait("Clause", "23.3")]
    public async Task Verify_WorksOnFromItsCheckpoint_AndTheFullRunChecksEverythingAgain()
    {
        await AppendAsync("user|growing", 3);
        Assert.Empty(await VerifyAsync());
        await AppendAsync("user|growing", 2);
        var table = Table();

        // A record appended since the last run is checked by the next hourly run.
        await AlterAsync(table, "user|growing", 5);
        Assert.Contains(await VerifyAsync(), b => b.Chain == "user|growing" && b.Sequence == 5);

        // A record verified already is left to the weekly full run, which finds it altered.
        await AlterAsync(table, "user|growing", 2);
        var incremental = await VerifyAsync();
        Assert.DoesNotContain(incremental, b => b.Chain == "user|growing" && b.Sequence == 2);
        Assert.Contains(await _portal.Service<AuditVerifier>().VerifyAllAsync(CancellationToken.None), b => b.Chain == "user|growing" && b.Sequence == 2);
    }

    [Fact]
    public async Task Verify_ACheckpoint_IsNotAnAuditRecord()
    {
        await AppendAsync("user|read", 2);
        Assert.Empty(await VerifyAsync());

        var (items, _) = await _portal.Service<AuditTrail>().ReadAsync("user|read", 50, null, CancellationToken.None);

        Assert.Equal([2L, 1L], items.Select(r => r.Sequence));
        Assert.Empty(await _portal.Service<AuditVerifier>().VerifyAllAsync(CancellationToken.None));
    }

    private static async Task AlterAsync(TableClient table, string chain, long sequence)
    {
        var row = await table.GetEntityAsync<TableEntity>(chain, (long.MaxValue - sequence).ToString("D19"));
        row.Value["Result"] = "failed";
        await table.UpdateEntityAsync(row.Value, ETag.All, TableUpdateMode.Replace);
    }

    private async Task<List<AuditRecord>> AppendAsync(string chain, int count)
    {
        var trail = _portal.Service<AuditTrail>();
        var records = new List<AuditRecord>();
        for (var i = 0; i < count; i++)
        {
            records.Add(await trail.AppendAsync(chain, "user-1", null, "sign-in", "user-1", "succeeded", _origin, CancellationToken.None));
        }

        return records;
    }

    private Task<IReadOnlyList<AuditBreak>> VerifyAsync() =>
        _portal.Service<AuditVerifier>().VerifyAsync(CancellationToken.None);

    private TableClient Table() => new(_portal.Backends.Azurite.ConnectionString, "Audit");

    public Task DisposeAsync() => _portal.DisposeAsync();
}
