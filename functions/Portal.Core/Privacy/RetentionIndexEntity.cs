using Portal.Core.Storage;

namespace Portal.Core.Privacy;

/// <summary>
/// A time index row of the RetentionIndex table: partition "{yyyyMMddHH}" (the UTC hour the data expires), row "{table}|{partition}|{row}".
/// It names what to delete then: one row, or (row empty) the whole partition, and a blob with it.
/// </summary>
internal sealed class RetentionIndexEntity : PortalEntity
{
    public string Kind { get; set; } = "";

    public string TableName { get; set; } = "";

    public string EntryPartition { get; set; } = "";

    /// <summary>Empty: every row of the partition goes.</summary>
    public string EntryRow { get; set; } = "";

    /// <summary>"{container}/{name}" of a blob that goes with it, or empty.</summary>
    public string Blob { get; set; } = "";

    /// <summary>When set, deleted only if this row of the partition (re-read then) has <see cref="GuardProperty"/> equal to <see cref="GuardValue"/>.</summary>
    public string GuardRow { get; set; } = "";

    public string GuardProperty { get; set; } = "";

    public string GuardValue { get; set; } = "";

    public static string PartitionFor(DateTimeOffset expiresAt) => expiresAt.UtcDateTime.ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);
}
