namespace Portal.Testing;

/// <summary>
/// An Azurite of the test run's own, in memory, on free ports. Stopping and starting it again is an
/// outage that also loses the store, the harshest case the portal must recover from.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's published development account key (not a secret).</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly int _blobPort = FreePort.Next();
    private readonly int _queuePort = FreePort.Next();
    private readonly int _tablePort = FreePort.Next();
    private NodeService? _node;

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{_queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_tablePort}/devstoreaccount1;";

    public bool IsRunning => _node is not null;

    public static async Task<AzuriteServer> StartNewAsync()
    {
        var server = new AzuriteServer();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (_node is not null)
        {
            return;
        }

        _node = await NodeService.StartAsync(
            "Azurite",
            RepoPaths.NodePackage("azurite", "dist", "src", "azurite.js"),
            [
                "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl",
                "--inMemoryPersistence",
                "--blobHost", "127.0.0.1", "--blobPort", $"{_blobPort}",
                "--queueHost", "127.0.0.1", "--queuePort", $"{_queuePort}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{_tablePort}",
            ],
            _tablePort);
        await FreePort.WaitUntilListeningAsync(_blobPort, TimeSpan.FromSeconds(10), () => _node.Output);
    }

    public async Task StopAsync()
    {
        if (_node is { } node)
        {
            _node = null;
            await node.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
