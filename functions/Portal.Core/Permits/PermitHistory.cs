using System.Globalization;

namespace Portal.Core.Permits;

/// <summary>One parameter that differs from the version before: its path ("stations[0].frequencies[1].powerW"), and its value before and after (null: not there).</summary>
public sealed record PermitChange(string Field, string? Before, string? After);

/// <summary>A version of a permit as the back office fed it, with what changed since the version before it (none for the earliest kept).</summary>
public sealed record PermitVersion(long Version, DateTimeOffset? RecordedAt, IReadOnlyList<PermitChange> Changes);

/// <summary>
/// What changed between versions of a permit: each version laid out as a list of parameter paths and their
/// values (invariant text), and the paths whose values differ - changed, added or gone - in the order they appear.
/// </summary>
public static class PermitHistory
{
    /// <summary>The versions, oldest first in; newest first out, each with its changes.</summary>
    internal static IReadOnlyList<PermitVersion> Of(IReadOnlyList<PermitEntity> versions)
    {
        var history = new List<PermitVersion>();
        IReadOnlyList<(string Path, string Value)>? before = null;
        foreach (var row in versions)
        {
            var after = Parameters(row);
            history.Add(new PermitVersion(row.Version, row.Timestamp, before is null ? [] : Changes(before, after)));
            before = after;
        }

        history.Reverse();
        return history;
    }

    private static IReadOnlyList<PermitChange> Changes(IReadOnlyList<(string Path, string Value)> before, IReadOnlyList<(string Path, string Value)> after)
    {
        var (old, current) = (before.ToDictionary(p => p.Path, p => p.Value, StringComparer.Ordinal), after.ToDictionary(p => p.Path, p => p.Value, StringComparer.Ordinal));
        return [.. after.Select(p => p.Path).Concat(before.Select(p => p.Path)).Distinct(StringComparer.Ordinal)
            .Where(path => old.GetValueOrDefault(path) != current.GetValueOrDefault(path))
            .Select(path => new PermitChange(path, old.GetValueOrDefault(path), current.GetValueOrDefault(path)))];
    }

    /// <summary>A version's parameters by path, in the order the permit page shows them; a parameter without a value is left out.</summary>
    internal static IReadOnlyList<(string Path, string Value)> Parameters(PermitEntity row)
    {
        var parameters = new List<(string, string)>();
        void Add(string path, object? value)
        {
            var text = value switch
            {
                null => null,
                decimal number => number.ToString(CultureInfo.InvariantCulture),
                string s => s.Length == 0 ? null : s,
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
            if (text is not null)
            {
                parameters.Add((path, text));
            }
        }

        Add("number", row.Number);
        Add("serviceKind", row.ServiceKind);
        Add("status", row.Status);
        Add("validFrom", row.ValidFrom);
        Add("validTo", row.ValidTo);
        Add("callSign", row.CallSign);
        var stations = row.StationList();
        for (var s = 0; s < stations.Count; s++)
        {
            var (station, at) = (stations[s], $"stations[{s}]");
            Add($"{at}.name", station.Name);
            Add($"{at}.location", station.Location);
            Add($"{at}.latitude", station.Latitude);
            Add($"{at}.longitude", station.Longitude);
            Add($"{at}.antennaHeightM", station.AntennaHeightM);
            Add($"{at}.antennaGainDbi", station.AntennaGainDbi);
            Add($"{at}.azimuthDeg", station.AzimuthDeg);
            Add($"{at}.polarization", station.Polarization);
            Add($"{at}.equipment", station.Equipment);
            var frequencies = station.Frequencies ?? [];
            for (var f = 0; f < frequencies.Count; f++)
            {
                var (frequency, here) = (frequencies[f], $"{at}.frequencies[{f}]");
                Add($"{here}.frequencyMHz", frequency.FrequencyMHz);
                Add($"{here}.bandwidthKHz", frequency.BandwidthKHz);
                Add($"{here}.emission", frequency.Emission);
                Add($"{here}.powerW", frequency.PowerW);
                Add($"{here}.direction", frequency.Direction);
            }
        }

        return parameters;
    }
}
