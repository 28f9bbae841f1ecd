namespace Portal.Core.Permits;

/// <summary>A frequency assignment: centre frequency, bandwidth, emission designator (ITU), power and direction.</summary>
public sealed record FrequencyRecord(decimal? FrequencyMHz, decimal? BandwidthKHz, string? Emission, decimal? PowerW, string? Direction);
