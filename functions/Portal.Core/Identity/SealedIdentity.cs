using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Core.Identity;

/// <summary>
/// A provider's answer as a pending sign-in keeps it: sealed (AES-GCM) under a key derived from the sign-in's state, which storage
/// never holds (its row is keyed by the state's hash), so the personal code in it is readable only with the browser's cookie or the
/// provider's answer - not from the table, nor from its nightly export.
/// </summary>
internal static class SealedIdentity
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] _purpose = Encoding.ASCII.GetBytes("portal external identity v1");

    public static string Seal(string state, ExternalIdentity identity)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(identity, IdentityJson.Default.ExternalIdentity);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(state), TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The identity, or null when the text was not sealed under this state (or was changed).</summary>
    public static ExternalIdentity? Open(string state, string sealedText)
    {
        var sealedBytes = Convert.FromBase64String(sealedText);
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            return null;
        }

        var length = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(Key(state), TagSize);
        try
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return JsonSerializer.Deserialize(plain, IdentityJson.Default.ExternalIdentity);
    }

    private static byte[] Key(string state) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(state), _purpose);
}
