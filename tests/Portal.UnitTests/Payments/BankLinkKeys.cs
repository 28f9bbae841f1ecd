using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Core.Payments.BankLink;
using Portal.Demo.BankLink;

namespace Portal.UnitTests.Payments;

/// <summary>
/// Keys made once for the bank-link tests: the development bank's (our merchant key and the bank's), and a bank key of the test's
/// own, whose certificate a bank's settings can pin so a test signs any text it writes out by hand.
/// </summary>
public sealed class BankLinkKeys : IDisposable
{
    public const string Url = "https://bank.test/banklink";

    public DevBankSigner Signer { get; } = new();

    /// <summary>Another bank's signer: its answers are signed by a key no setting pins.</summary>
    public DevBankSigner Stranger { get; } = new();

    public RSA HandKey { get; } = RSA.Create(2048);

    public BankLinkKeys()
    {
        using var certificate = new CertificateRequest("CN=Test bank", HandKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        HandCertificate = Convert.ToBase64String(certificate.RawData);
    }

    public string HandCertificate { get; }

    /// <summary>The development bank's settings (version 009, SHA-512, sign-in on).</summary>
    public BankLinkBankOptions Settings() => Signer.Settings(Url);

    /// <summary>The development bank's settings with the test's own bank key pinned.</summary>
    public BankLinkBankOptions HandSettings()
    {
        var settings = Settings();
        settings.BankCertificate = HandCertificate;
        return settings;
    }

    /// <summary>Our merchant key, to check our requests' MAC as the bank does with its public half.</summary>
    public RSA MerchantPublicKey()
    {
        var key = RSA.Create();
        key.ImportFromPem(Signer.MerchantPrivateKeyPem);
        return key;
    }

    public void Dispose()
    {
        Signer.Dispose();
        Stranger.Dispose();
        HandKey.Dispose();
    }
}
