using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Payments.BankLink;

/// <summary>
/// A bank-link message's <c>VK_MAC</c>: each field in protocol order (<see cref="BankLinkMessages.Order"/>) written as its length
/// in characters, three digits, then its value; that text in UTF-8 signed RSA PKCS#1 v1.5 with the bank's digest, in base64.
/// </summary>
public static class BankLinkMac
{
    /// <summary>The digests banks name (<see cref="BankLinkBankOptions.Digest"/>).</summary>
    public static IReadOnlyList<string> Digests { get; } = ["SHA1", "SHA256", "SHA512"];

    /// <summary>
    /// The signed text: <c>004</c><c>1012</c><c>003</c><c>009</c>… A length counts characters as people do (code points, as the banks'
    /// own <c>mb_strlen</c> does), not bytes: <c>Rēķins Nr. 1</c> is 012. A value past 999 characters cannot be written.
    /// </summary>
    public static string Compose(IEnumerable<string> values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            var length = value.EnumerateRunes().Count();
            if (length > 999)
            {
                throw new ArgumentException($"A bank-link field is {length} characters; its length must fit three digits.", nameof(values));
            }

            text.Append(length.ToString("D3", CultureInfo.InvariantCulture)).Append(value);
        }

        return text.ToString();
    }

    /// <summary>The text of <paramref name="fields"/>' values in the order of <paramref name="order"/>; null when one is missing.</summary>
    public static string? Compose(IReadOnlyList<string> order, IReadOnlyDictionary<string, string> fields) =>
        order.All(fields.ContainsKey) ? Compose(order.Select(name => fields[name])) : null;

    public static string Sign(string composed, RSA key, HashAlgorithmName digest) =>
        Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(composed), digest, RSASignaturePadding.Pkcs1));

    /// <summary>Whether <paramref name="mac"/> is the signature of <paramref name="composed"/> by <paramref name="key"/>; false for anything that is not base64.</summary>
    public static bool Verify(string composed, string mac, RSA key, HashAlgorithmName digest)
    {
        var signature = new byte[mac.Length];
        return Convert.TryFromBase64String(mac, signature, out var written)
            && key.VerifyData(Encoding.UTF8.GetBytes(composed), signature.AsSpan(0, written), digest, RSASignaturePadding.Pkcs1);
    }

    /// <summary>The digest a bank's setting names (<c>SHA1</c>, <c>SHA256</c>, <c>SHA512</c>); null for another.</summary>
    public static HashAlgorithmName? Digest(string? name) => name switch
    {
        "SHA1" => HashAlgorithmName.SHA1,
        "SHA256" => HashAlgorithmName.SHA256,
        "SHA512" => HashAlgorithmName.SHA512,
        _ => null,
    };
}
