using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Core;

/// <summary>
/// A partner's certificate as a setting holds it (base64 of its DER, or PEM), public part only: the one key its signatures are
/// checked against, whatever a message itself carries.
/// </summary>
public static class PinnedCertificate
{
    /// <summary>The certificate in <paramref name="text"/>; null when it is missing, does not parse or holds no RSA key.</summary>
    public static X509Certificate2? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var certificate = text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text));
            using var key = certificate.GetRSAPublicKey();
            if (key is null)
            {
                certificate.Dispose();
                return null;
            }

            return certificate;
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
