using System.Text.Json.Nodes;

namespace Portal.DevHost;

/// <summary>The parts of host.json the dev host honours, read as the Functions host reads them.</summary>
public sealed record HostJson(string RoutePrefix)
{
    public static HostJson Load(string directory)
    {
        var path = Path.Combine(directory, "host.json");
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
        var prefix = root?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? "api";
        return new HostJson(prefix.Trim('/'));
    }

    public string RouteFor(string functionRoute) =>
        RoutePrefix.Length == 0 ? functionRoute : $"{RoutePrefix}/{functionRoute.TrimStart('/')}";
}
