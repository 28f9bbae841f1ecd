using Microsoft.Extensions.Configuration;
using Portal.DevHost;

namespace Portal.UnitTests.DevHost;

public sealed class HostJsonTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("host-json-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_QueueSettings_AreHostJsons_AndAppSettingsOverrideThemAsInAzure()
    {
        File.WriteAllText(Path.Combine(_directory, "host.json"), """
            { "version": "2.0", "extensions": { "http": { "routePrefix": "api" },
              "queues": { "maxPollingInterval": "00:00:02", "visibilityTimeout": "00:00:30", "batchSize": 4, "maxDequeueCount": 3 } } }
            """);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01",
            ["AzureFunctionsJobHost:extensions:queues:batchSize"] = "1",
        }).Build();

        var fromFile = HostJson.Load(_directory).Queues;
        var overridden = HostJson.Load(_directory, configuration).Queues;

        Assert.Equal(new QueueSettings { MaxPollingInterval = TimeSpan.FromSeconds(2), VisibilityTimeout = TimeSpan.FromSeconds(30), BatchSize = 4, MaxDequeueCount = 3 }, fromFile);
        Assert.Equal(fromFile with { VisibilityTimeout = TimeSpan.FromSeconds(1), BatchSize = 1 }, overridden);
    }

    [Fact]
    public void Load_WithoutQueueSettings_TakesTheFunctionsHostsDefaults()
    {
        File.WriteAllText(Path.Combine(_directory, "host.json"), """{ "version": "2.0" }""");

        var queues = HostJson.Load(_directory).Queues;

        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.Zero, 16, 5, "base64"), (queues.MaxPollingInterval, queues.VisibilityTimeout, queues.BatchSize, queues.MaxDequeueCount, queues.MessageEncoding));
    }

    [Theory]
    [InlineData("batchSize", "0")]
    [InlineData("maxDequeueCount", "many")]
    [InlineData("visibilityTimeout", "soon")]
    public void Load_ABadQueueSetting_StopsStartUpNamingTheValue(string name, string value)
    {
        File.WriteAllText(Path.Combine(_directory, "host.json"), $$"""{ "extensions": { "queues": { "{{name}}": "{{value}}" } } }""");

        var error = Assert.Throws<InvalidDataException>(() => HostJson.Load(_directory));

        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }
}
