using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class HealthTests(PortalFixture portal)
{
    [Fact]
    public async Task Health_AllUp_Returns200WithEachDependency()
    {
        var body = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal("healthy", body.GetProperty("status").GetString());
        var dependencies = body.GetProperty("dependencies").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["tables"] = "healthy", ["blobs"] = "healthy", ["mail"] = "healthy" }, dependencies);
    }
}

/// <summary>Stops its own Azurite mid-test, so it never shares one with other tests.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly IsolatedPortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Fact]
    [Trait("Clause", "33")]
    public async Task Outage_AzuriteStoppedThenStarted_503ProblemQuicklyThenRecoversWithoutRestart()
    {
        var client = _portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/terms/current")).StatusCode);

        await _portal.Backends.Azurite.StopAsync();
        var watch = Stopwatch.StartNew();
        var health = await client.GetAsync("/api/health");
        var elapsed = watch.Elapsed;
        var problem = await ProblemAssert.IsProblemAsync(health, HttpStatusCode.ServiceUnavailable);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"health took {elapsed}");
        Assert.Equal("unhealthy", problem.GetProperty("health").GetString());
        Assert.Contains(problem.GetProperty("dependencies").EnumerateArray(), d => d.GetProperty("name").GetString() == "tables" && d.GetProperty("status").GetString() == "unhealthy");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/terms/current"), HttpStatusCode.ServiceUnavailable);

        await _portal.Backends.Azurite.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        var current = await client.GetFromJsonAsync<JsonElement>("/api/terms/current");
        Assert.Equal(4, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Outage_MailCatcherDown_HealthIsDegradedButServing()
    {
        var client = _portal.CreateClient();
        await _portal.Backends.Mail.DisposeAsync();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal("degraded", body.GetProperty("status").GetString());
    }

    public Task DisposeAsync() => _portal.DisposeAsync();
}
