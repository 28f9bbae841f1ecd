namespace Portal.Core.Permits;

/// <summary>Service kinds a client may have registered (§7).</summary>
public static class ServiceKinds
{
    public static IReadOnlyList<string> All { get; } =
        ["land-mobile", "fixed-links", "broadcasting", "satellite-earth-stations", "maritime", "aeronautical", "amateur"];

    /// <summary>What a natural person may register (§3, §7): the others are for legal persons only.</summary>
    public static IReadOnlyList<string> ForNatural { get; } = ["land-mobile", "maritime", "aeronautical", "amateur"];
}
