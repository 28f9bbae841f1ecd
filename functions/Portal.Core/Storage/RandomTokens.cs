using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Storage;

/// <summary>Random tokens for cookies and one-time links, and the hashes under which storage keeps them.</summary>
public static class RandomTokens
{
    /// <summary>256 random bits, URL-safe.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of a token in lower-case hex: what a key holds instead of the token.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether two hashes (hex or base64 text) are the same, in a time that does not tell where they differ.</summary>
    public static bool SameHash(string stored, string computed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(computed));

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
