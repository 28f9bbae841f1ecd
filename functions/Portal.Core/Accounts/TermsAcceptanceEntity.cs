using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>One acceptance of the terms (§4, §30): which version, its text's hash, when and from where. In the user's partition, row "terms|{version}".</summary>
internal sealed class TermsAcceptanceEntity : PortalEntity
{
    public int Version { get; set; }

    public string TextSha256 { get; set; } = "";

    public DateTimeOffset AcceptedAt { get; set; }

    public string IpAddress { get; set; } = "";

    public string UserAgent { get; set; } = "";

    public static string RowFor(int version) => $"terms|{version:D10}";
}
