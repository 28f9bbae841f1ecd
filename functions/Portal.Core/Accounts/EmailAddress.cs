using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Accounts;

/// <summary>The username (§2.6): compared trimmed, in Unicode normal form C and lower case; keyed by its hash.</summary>
public static class EmailAddress
{
    public const string Invalid = "Enter a bare email address (name@example.lv), without a name, quotes or brackets.";

    public static string Normalize(string email) =>
        email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>
    /// Only a bare address: no display name, angle brackets, comments, quoted local part or domain literal.
    /// We refuse rather than take the address out of a longer form, so what is stored is what was typed.
    /// </summary>
    public static bool IsBare(string email) =>
        email.Length is > 0 and <= 254
        && email.IndexOf('@') is > 0 and <= 64 and var at && at == email.LastIndexOf('@')
        && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '(' or ')' or '[' or ']' or ',' or ';' or ':' or '\\')
        && MailAddress.TryCreate(email, out var parsed)
        && parsed.DisplayName.Length == 0
        && string.Equals(parsed.Address, email, StringComparison.Ordinal);

    /// <summary>A table key for the email: emails may hold characters keys may not, and keys are not for reading.</summary>
    public static string Key(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(email))));
}
