using System.Numerics;

namespace Portal.Core.Payments.BankLink;

/// <summary>An account number as the banks write it in an answer: an IBAN, its check digits holding (ISO 13616, mod 97).</summary>
internal static class Iban
{
    /// <summary>The IBAN without the spaces people write it with, in upper case.</summary>
    public static string Normal(string text) => text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsValid(string? text)
    {
        if (text is not { Length: >= 15 and <= 34 } || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1])
            || !char.IsAsciiDigit(text[2]) || !char.IsAsciiDigit(text[3]) || !text.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            return false;
        }

        if (text[2..4] is "00" or "01" or "99")
        {
            return false;
        }

        // The country and check digits go last; each letter is two digits (A = 10).
        var digits = string.Concat((text[4..] + text[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
