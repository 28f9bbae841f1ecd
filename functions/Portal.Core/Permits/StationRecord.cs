namespace Portal.Core.Permits;

/// <summary>One station of a permit: its place, antenna and equipment, and the frequencies it uses.</summary>
public sealed record StationRecord(
    string? Name,
    string? Location,
    decimal? Latitude,
    decimal? Longitude,
    decimal? AntennaHeightM,
    decimal? AntennaGainDbi,
    decimal? AzimuthDeg,
    string? Polarization,
    string? Equipment,
    IReadOnlyList<FrequencyRecord>? Frequencies);
