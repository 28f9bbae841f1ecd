using System.Security.Cryptography;

namespace Portal.Core.Terms;

/// <summary>How a terms text is fingerprinted: SHA-256 over its UTF-8 bytes, lower-case hex.</summary>
public static class TermsText
{
    public static string Sha256Of(ReadOnlySpan<byte> utf8) =>
        Convert.ToHexStringLower(SHA256.HashData(utf8));
}
