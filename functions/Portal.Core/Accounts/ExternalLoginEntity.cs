using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// A way in besides the password: partition "user|{userId}", row "login|{provider}". The provider's subject (which carries the
/// personal code) is kept as its HMAC only.
/// </summary>
internal sealed class ExternalLoginEntity : PortalEntity
{
    public const string RowPrefix = "login|";

    public static string RowFor(string provider) => RowPrefix + provider;

    public string Provider { get; set; } = "";

    public string SubjectHmac { get; set; } = "";

    /// <summary>How the person last authenticated (eID card, eParaksts mobile, ...), as the provider named it.</summary>
    public string Method { get; set; } = "";

    public DateTimeOffset LinkedAt { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }

    public ExternalLogin ToLogin() => new(Provider, LinkedAt, LastUsedAt, Method.Length > 0 ? Method : null);
}
