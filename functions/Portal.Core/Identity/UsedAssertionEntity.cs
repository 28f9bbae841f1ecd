using Portal.Core.Storage;

namespace Portal.Core.Identity;

/// <summary>An external provider's assertion id, used: partition "assertion|{provider}|{SHA-256 of the id}", row "used". Its insert is the claim.</summary>
internal sealed class UsedAssertionEntity : PortalEntity
{
    public const string Row = "used";

    public UsedAssertionEntity()
    {
        RowKey = Row;
    }

    public DateTimeOffset UsedAt { get; set; }

    /// <summary>The assertion's NotOnOrAfter plus the clock skew: until then a replay would otherwise pass.</summary>
    public DateTimeOffset KeepUntil { get; set; }

    public static string PartitionFor(string provider, string assertionId) => $"assertion|{provider}|{RandomTokens.Hash(assertionId)}";
}
