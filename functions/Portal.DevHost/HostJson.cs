using System.Globalization;
using System.Text.Json.Nodes;

namespace Portal.DevHost;

/// <summary>The parts of host.json the dev host honours, read as the Functions host reads them.</summary>
public sealed record HostJson(string RoutePrefix)
{
    public QueueSettings Queues { get; init; } = new();

    /// <summary>The Functions host lets app settings under this name override host.json, e.g. AzureFunctionsJobHost__extensions__queues__maxDequeueCount.</summary>
    public const string OverrideSection = "AzureFunctionsJobHost";

    public static HostJson Load(string directory, IConfiguration? configuration = null)
    {
        var path = Path.Combine(directory, "host.json");
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
        string? Setting(string extension, string name) =>
            configuration?[$"{OverrideSection}:extensions:{extension}:{name}"] ?? root?["extensions"]?[extension]?[name]?.ToString();

        var prefix = Setting("http", "routePrefix") ?? "api";
        var defaults = new QueueSettings();
        var queues = new QueueSettings
        {
            MaxPollingInterval = Duration(Setting("queues", "maxPollingInterval")) ?? defaults.MaxPollingInterval,
            VisibilityTimeout = Duration(Setting("queues", "visibilityTimeout")) ?? defaults.VisibilityTimeout,
            BatchSize = Whole(Setting("queues", "batchSize")) ?? defaults.BatchSize,
            MaxDequeueCount = Whole(Setting("queues", "maxDequeueCount")) ?? defaults.MaxDequeueCount,
            MessageEncoding = Setting("queues", "messageEncoding") ?? defaults.MessageEncoding,
        };
        return new HostJson(prefix.Trim('/')) { Queues = queues };
    }

    public string RouteFor(string functionRoute) =>
        RoutePrefix.Length == 0 ? functionRoute : $"{RoutePrefix}/{functionRoute.TrimStart('/')}";

    private static TimeSpan? Duration(string? text) =>
        text is null ? null : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw new InvalidDataException($"host.json: '{text}' is not a duration (hh:mm:ss).");

    private static int? Whole(string? text) =>
        text is null ? null : int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new InvalidDataException($"host.json: '{text}' is not a whole number above 0.");
}

/// <summary>host.json's extensions.queues, with the Functions host's defaults where it says nothing.</summary>
public sealed record QueueSettings
{
    /// <summary>The longest wait between polls of an empty queue.</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a message whose function failed stays out of sight before it is tried again.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>How many messages one poll takes and runs side by side.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Attempts before a message moves to the "-poison" queue.</summary>
    public int MaxDequeueCount { get; init; } = 5;

    public string MessageEncoding { get; init; } = "base64";
}
