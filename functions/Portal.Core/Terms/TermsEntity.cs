using System.Globalization;
using Portal.Core.Storage;

namespace Portal.Core.Terms;

/// <summary>
/// Table row of one terms version. All versions share one partition; the row key counts down from
/// int.MaxValue so the natural order of the partition is newest first.
/// </summary>
internal sealed class TermsEntity : PortalEntity
{
    public const string Partition = "terms";

    public TermsEntity()
    {
        PartitionKey = Partition;
    }

    public int Version { get; set; }

    public string DocumentName { get; set; } = "";

    /// <summary>ISO date (yyyy-MM-dd), a Riga business date.</summary>
    public string ApprovedOn { get; set; } = "";

    public string ValidityNote { get; set; } = "";

    public bool InForce { get; set; }

    public string? Sha256 { get; set; }

    public string? TextBlob { get; set; }

    public static string RowKeyFor(int version) =>
        (int.MaxValue - version).ToString("D10", CultureInfo.InvariantCulture);

    public static TermsEntity From(TermsVersion version, string? textBlob) => new()
    {
        RowKey = RowKeyFor(version.Version),
        Version = version.Version,
        DocumentName = version.DocumentName,
        ApprovedOn = version.ApprovedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValidityNote = version.ValidityNote,
        InForce = version.InForce,
        Sha256 = version.Sha256,
        TextBlob = textBlob,
    };

    public TermsVersion ToVersion() => new(
        Version,
        DocumentName,
        DateOnly.ParseExact(ApprovedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValidityNote,
        InForce,
        Sha256);
}
