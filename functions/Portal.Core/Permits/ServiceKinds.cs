namespace Portal.Core.Permits;

public static class ServiceKinds
{
    /// <summary>What a natural person may register (§3, §7): the others are for legal persons only.</summary>
    public static IReadOnlyList<ServiceKind> ForNatural { get; } = [ServiceKind.LandMobile, ServiceKind.Maritime, ServiceKind.Aeronautical, ServiceKind.Amateur];

    /// <summary>The words of <see cref="ForNatural"/>, for messages.</summary>
    public static string ForNaturalText { get; } = string.Join(", ", ForNatural.Select(kind => kind.Text()));
}
