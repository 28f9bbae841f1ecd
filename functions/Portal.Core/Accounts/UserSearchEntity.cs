using System.Globalization;
using System.Text;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>Where staff find users without a scan: by name (prefix) and by personal code (its HMAC). Accounts table.</summary>
internal sealed class UserSearchEntity : PortalEntity
{
    public const string NamesPartition = "user-names";

    public string UserId { get; set; } = "";

    public static string PersonalCodePartition(string hmac) => $"personal-code|{hmac}";

    /// <summary>
    /// Lower case without diacritics, quotes or other punctuation, so "berz" finds "Bērziņš" and
    /// "sia radio" finds "SIA “Radio Viļņi”"; what is left is letters, digits and single spaces (safe in a key).
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
