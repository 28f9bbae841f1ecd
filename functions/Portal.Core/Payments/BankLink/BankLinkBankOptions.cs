using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace Portal.Core.Payments.BankLink;

/// <summary>
/// One bank's link as the agreement with it sets it up (README, "Connecting a bank"): <c>BankLink:Banks:{id}:…</c>. With
/// <see cref="Url"/> empty the bank is not configured and nothing else is required.
/// </summary>
public sealed partial class BankLinkBankOptions
{
    public static readonly TimeSpan DefaultAnswerWindow = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan MinAnswerWindow = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxAnswerWindow = TimeSpan.FromDays(1);

    /// <summary>The bank as payers know it, on the payment page.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The bank's bank-link address, where the browser posts our signed requests (https). Empty: not configured.</summary>
    public string? Url { get; set; }

    /// <summary>Our merchant id at the bank: <c>VK_SND_ID</c> of our requests, <c>VK_REC_ID</c> of its answers.</summary>
    public string? MerchantId { get; set; }

    /// <summary>The bank's own id: <c>VK_SND_ID</c> of its answers, <c>VK_REC_ID</c> of our sign-in requests.</summary>
    public string? BankId { get; set; }

    /// <summary>Our RSA private key (PEM, unencrypted), whose certificate the bank was given. In Azure a Key Vault reference.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>The bank's certificate, base64 of its DER or PEM, public: the one key its answers are checked against.</summary>
    public string? BankCertificate { get; set; }

    /// <summary>Our account at the bank (IBAN): a paid answer's <c>VK_REC_ACC</c> must be it.</summary>
    public string? Account { get; set; }

    /// <summary>The account holder's name as the bank writes it (<c>VK_REC_NAME</c>); shown, not checked.</summary>
    public string? AccountName { get; set; }

    /// <summary>The protocol version of the agreement (<c>VK_VERSION</c>): <c>008</c> or <c>009</c>.</summary>
    public string Version { get; set; } = "009";

    /// <summary>The digest the bank's version signs with (<see cref="BankLinkMac.Digests"/>).</summary>
    public string Digest { get; set; } = "SHA512";

    /// <summary>The longest the bank may take to answer a payment; a pending order with no answer expires after it.</summary>
    public TimeSpan AnswerWindow { get; set; } = DefaultAnswerWindow;

    /// <summary>Whether the bank also lets people sign in to the portal (authentication 4012 answered by 3013).</summary>
    public bool SignIn { get; set; }

    /// <summary>Whether the bank is configured at all (<see cref="Url"/> set).</summary>
    public bool Configured => !string.IsNullOrWhiteSpace(Url);

    /// <summary>Our private key, read from <see cref="PrivateKey"/>; null when it is missing or not an RSA key in PEM.</summary>
    public RSA? ReadPrivateKey()
    {
        if (string.IsNullOrWhiteSpace(PrivateKey))
        {
            return null;
        }

        var key = RSA.Create();
        try
        {
            key.ImportFromPem(PrivateKey);
            // A public key imports too: only a private one signs.
            key.ExportParameters(includePrivateParameters: true);
            return key;
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            key.Dispose();
            return null;
        }
    }

    /// <summary>The bank's pinned certificate; null when it is missing or not a certificate with an RSA key.</summary>
    public X509Certificate2? ReadCertificate() => PinnedCertificate.Read(BankCertificate);

    /// <summary>What is wrong with the bank <paramref name="id"/>'s settings, each naming its setting; nothing for a bank not configured.</summary>
    /// <param name="developmentBank">The dev host's bank is on, and this is it: its address may be http.</param>
    public IEnumerable<ValidationResult> Validate(string id, bool developmentBank)
    {
        var prefix = $"{BankLinkOptions.Section}:Banks:{id}";
        if (id.Length > 30 || !BankIdPattern().IsMatch(id) || id == "vpm")
        {
            yield return Invalid($"Bank id {prefix} must be lower-case letters, digits and single hyphens (at most 30), and not vpm: it is the {{bank}} of the portal's routes.");
        }

        if (!Configured)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            yield return Invalid($"Missing setting: {prefix}:DisplayName (the bank as payers know it).");
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || (developmentBank && url.Scheme == Uri.UriSchemeHttp)))
        {
            yield return Invalid($"Setting {prefix}:Url must be an absolute https address (the bank's bank-link address).");
        }

        foreach (var (name, value) in new[] { ("MerchantId", MerchantId), ("BankId", BankId) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > 15 || value.Trim() != value)
            {
                yield return Invalid($"Setting {prefix}:{name} must be the id the bank's agreement gives, 1-15 characters.");
            }
        }

        using (var key = ReadPrivateKey())
        {
            if (key is null || key.KeySize < 2048)
            {
                yield return Invalid($"Setting {prefix}:PrivateKey must be our RSA private key of at least 2048 bits, in PEM (in Azure a Key Vault reference).");
            }
        }

        using (var certificate = ReadCertificate())
        {
            if (certificate is null)
            {
                yield return Invalid($"Setting {prefix}:BankCertificate must be the bank's certificate with an RSA key, base64 of its DER (or PEM).");
            }
        }

        if (!Iban.IsValid(Account))
        {
            yield return Invalid($"Setting {prefix}:Account must be our account at the bank, an IBAN without spaces (its check digits hold).");
        }

        if (Version is not ("008" or "009"))
        {
            yield return Invalid($"Setting {prefix}:Version must be 008 or 009, as the bank's agreement names it.");
        }

        if (BankLinkMac.Digest(Digest) is null)
        {
            yield return Invalid($"Setting {prefix}:Digest must be one of {string.Join(", ", BankLinkMac.Digests)}, as the bank's version signs.");
        }

        if (AnswerWindow < MinAnswerWindow || AnswerWindow > MaxAnswerWindow)
        {
            yield return Invalid($"Setting {prefix}:AnswerWindow must be between {MinAnswerWindow:c} and {MaxAnswerWindow:c}.");
        }
    }

    private static ValidationResult Invalid(string message) => new(message, [nameof(BankLinkOptions.Banks)]);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex BankIdPattern();
}
