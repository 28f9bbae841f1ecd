namespace Portal.Core.Permits;

/// <summary>
/// One client's permits live in one partition of the Permits table, "permits|{clientId}": each
/// permit's row with its technical parameters (stations and frequencies as JSON), and index rows by
/// number and by service kind then number, which carry the summary the list shows.
/// </summary>
internal static class PermitKeys
{
    public const string PermitPrefix = "permit|";
    public const string ByNumberPrefix = "by-number|";
    public const string ByServicePrefix = "by-service|";

    public static string Partition(string clientId) => $"permits|{clientId}";

    public static string[] IndexRows(PermitEntity permit) =>
        [$"{ByNumberPrefix}{permit.Number}|{permit.ExternalId}", $"{ByServicePrefix}{permit.ServiceKind}|{permit.Number}|{permit.ExternalId}"];
}
