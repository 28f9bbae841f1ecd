using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Accounts;

/// <summary>The username (§2.6): compared trimmed, in Unicode normal form C and lower case; keyed by its hash.</summary>
public static class EmailAddress
{
    public static string Normalize(string email) =>
        email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>A table key for the email: emails may hold characters keys may not, and keys are not for reading.</summary>
    public static string Key(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(email))));
}
