using System.Net.Http.Json;
using System.Text.Json;

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

    /// <summary>The messages the catcher holds for one recipient, oldest first.</summary>
    public async Task<IReadOnlyList<CaughtEmail>> MessagesToAsync(string address)
    {
        using var http = new HttpClient { BaseAddress = InboxUrl };
        var all = await http.GetFromJsonAsync<JsonElement>("api/email");
        return [.. all.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => new CaughtEmail(
                m.GetProperty("subject").GetString() ?? "",
                m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                m.TryGetProperty("messageId", out var id) ? id.GetString() ?? "" : "",
                m.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String ? html.GetString() ?? "" : ""))];
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();
}

/// <summary>An email as the catcher received it.</summary>
public sealed record CaughtEmail(string Subject, string Text, string MessageId, string Html = "")
{
    /// <summary>The first link in the text to a portal page with a token, as path and query.</summary>
    public string LinkTo(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(Text, $@"https?://\S+?({System.Text.RegularExpressions.Regex.Escape(page)}\?token=[A-Za-z0-9_-]+)");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No {page} link in: {Text}");
    }

    public string Token(string page) => LinkTo(page)[(LinkTo(page).IndexOf("token=", StringComparison.Ordinal) + 6)..];
}
