namespace Portal.Core.Permits;

/// <summary>
/// One client's permits live in one partition of the Permits table, "permits|{clientId}": each
/// permit's row with its technical parameters (stations and frequencies as JSON), and index rows by
/// number, by service kind then number, and by end date, which carry the summary the list shows, and
/// a row for each version fed (its history).
/// </summary>
internal static class PermitKeys
{
    public const string PermitPrefix = "permit|";
    public const string ByNumberPrefix = "by-number|";
    public const string ByServicePrefix = "by-service|";
    public const string ByExpiryPrefix = "by-expiry|";

    /// <summary>Each version of a permit as it was fed, kept from the release that added the history on: "version|{externalId}|{version, 19 digits}".</summary>
    public const string VersionPrefix = "version|";

    public static string Version(string externalId, long version) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{VersionPrefix}{externalId}|{version:D19}");

    public static string Partition(string clientId) => $"permits|{clientId}";

    /// <summary>By number, by service kind then number, and - for a permit with an end date - by that date (the dashboard's "expiring soon").</summary>
    public static string[] IndexRows(PermitEntity permit) =>
        [
            $"{ByNumberPrefix}{permit.Number}|{permit.ExternalId}", $"{ByServicePrefix}{permit.ServiceKind}|{permit.Number}|{permit.ExternalId}",
            .. permit.ValidTo is { } validTo ? [$"{ByExpiryPrefix}{validTo}|{permit.Number}|{permit.ExternalId}"] : Array.Empty<string>(),
        ];
}
