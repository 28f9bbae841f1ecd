namespace Portal.Testing;

/// <summary>A maildev of the test run's own: SMTP on one free port, its inbox API on another.</summary>
public sealed class MailCatcher : IAsyncDisposable
{
    private readonly NodeService _node;

    private MailCatcher(NodeService node, int smtpPort, int webPort)
    {
        _node = node;
        SmtpPort = smtpPort;
        InboxUrl = new Uri($"http://127.0.0.1:{webPort}/");
    }

    public int SmtpPort { get; }

    public Uri InboxUrl { get; }

    public static async Task<MailCatcher> StartNewAsync()
    {
        int smtpPort = FreePort.Next(), webPort = FreePort.Next();
        var node = await NodeService.StartAsync(
            "maildev",
            RepoPaths.NodePackage("maildev", "dist", "bin", "maildev.js"),
            ["--smtp", $"{smtpPort}", "--ip", "127.0.0.1", "--web", $"{webPort}", "--web-ip", "127.0.0.1"],
            webPort);
        await FreePort.WaitUntilListeningAsync(smtpPort, TimeSpan.FromSeconds(10), () => node.Output);
        return new MailCatcher(node, smtpPort, webPort);
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();
}
