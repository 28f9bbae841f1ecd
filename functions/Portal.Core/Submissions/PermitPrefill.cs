using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Permits;

namespace Portal.Core.Submissions;

/// <summary>
/// The content of a form begun from a permit (an amendment), built by the server from the permit's stored data: <c>permitId</c>; <c>before</c>,
/// the permit's number, service and stations as they are, which the page and the receipt show beside the new values; and <c>stations</c>, the
/// same values in the technical model of the forms (<c>technical.schema.json</c>) for the user to change. <c>before</c> mirrors the content:
/// the value a field had is at the same path under <c>before</c> (<c>before.stations[0].frequencies[1].emission</c>).
/// </summary>
public static class PermitPrefill
{
    /// <summary>A form file's <c>"beginsFrom"</c> for these forms.</summary>
    public const string BeginsFrom = "permit";

    public const string Before = "before";

    /// <summary>What such a form lays out, at the top level: the two snapshot fields the server keeps, and the stations the user changes.</summary>
    public static IReadOnlyList<(string Path, string Input)> Fields { get; } = [("permitId", FormFileCheck.Snapshot), (Before, FormFileCheck.Snapshot), ("stations", "list")];

    private static readonly Dictionary<string, string> _directions = new(StringComparer.Ordinal) { ["tx"] = "transmit", ["rx"] = "receive", ["txrx"] = "both" };

    public static JsonElement Content(Permit permit)
    {
        var stations = new JsonArray([.. permit.Stations.Select(Station)]);
        var content = new JsonObject
        {
            ["permitId"] = permit.Id,
            [Before] = new JsonObject
            {
                ["number"] = permit.Number,
                ["serviceKind"] = permit.ServiceKind.Text(),
                ["stations"] = stations.DeepClone(),
            },
            ["stations"] = stations,
        };
        return Element(content);
    }

    /// <summary>
    /// <paramref name="content"/> with the form's snapshot fields as <paramref name="stored"/> holds them: a save changes what the user may change,
    /// never the permit it began from or the values it had.
    /// </summary>
    public static JsonElement KeepSnapshots(FormDefinition form, string stored, JsonElement content)
    {
        var snapshots = form.Fields.Where(f => f.Input == FormFileCheck.Snapshot && !f.Path.Contains('.', StringComparison.Ordinal)).Select(f => f.Path).ToList();
        if (snapshots.Count == 0 || content.ValueKind != JsonValueKind.Object || JsonNode.Parse(stored) is not JsonObject kept)
        {
            return content;
        }

        var saved = JsonObject.Create(content)!.DeepClone().AsObject();
        foreach (var path in snapshots)
        {
            saved.Remove(path);
            if (kept[path] is { } value)
            {
                saved[path] = value.DeepClone();
            }
        }

        return Element(saved);
    }

    private static JsonObject Station(StationRecord station)
    {
        var node = new JsonObject();
        Add(node, "name", station.Name);
        Add(node, "address", station.Location);
        Add(node, "latitude", station.Latitude);
        Add(node, "longitude", station.Longitude);
        Add(node, "antennaHeightM", station.AntennaHeightM);
        Add(node, "antennaGainDbi", station.AntennaGainDbi);
        Add(node, "azimuthDeg", station.AzimuthDeg);
        Add(node, "polarization", station.Polarization);
        Add(node, "equipment", station.Equipment);
        node["frequencies"] = new JsonArray([.. (station.Frequencies ?? []).Select(Frequency)]);
        return node;
    }

    private static JsonObject Frequency(FrequencyRecord frequency)
    {
        var node = new JsonObject();
        Add(node, "frequencyMHz", frequency.FrequencyMHz);
        Add(node, "bandwidthKHz", frequency.BandwidthKHz);
        Add(node, "emission", frequency.Emission);
        Add(node, "powerW", frequency.PowerW);
        Add(node, "direction", frequency.Direction is { } direction ? _directions.GetValueOrDefault(direction, direction) : null);
        return node;
    }

    private static void Add(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[name] = value;
        }
    }

    private static void Add(JsonObject node, string name, decimal? value)
    {
        if (value is { } number)
        {
            node[name] = number;
        }
    }

    private static JsonElement Element(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
