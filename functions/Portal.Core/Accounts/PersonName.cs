using System.Globalization;
using System.Text;

namespace Portal.Core.Accounts;

/// <summary>A person's first or last name: letters of any script, marks, spaces, apostrophes, hyphens and periods.</summary>
public static class PersonName
{
    public const int MaxLength = 100;

    public const string Invalid = "Use letters, spaces, apostrophes, hyphens and periods only.";

    /// <summary>The field error for a name (checked trimmed), or null when it is a name.</summary>
    public static string? Check(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "This field is required."
        : name.Trim().Length > MaxLength ? $"At most {MaxLength} characters."
        : name.Trim().EnumerateRunes().All(IsNameCharacter) ? null
        : Invalid;

    /// <summary>
    /// A name as people write it, from one in capitals (the population register's, as Latvija.lv sends it): each part after a space,
    /// hyphen or apostrophe begins with a capital, the rest is small ("ANNA-MARIJA BĒRZIŅA" is "Anna-Marija Bērziņa"). A name already in
    /// mixed case is left as it is.
    /// </summary>
    public static string AsWritten(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Any(char.IsLower))
        {
            return trimmed;
        }

        var latvian = CultureInfo.GetCultureInfo("lv-LV").TextInfo;
        var written = new StringBuilder(trimmed.Length);
        var startsPart = true;
        foreach (var c in trimmed)
        {
            written.Append(startsPart ? latvian.ToUpper(c) : latvian.ToLower(c));
            startsPart = c is ' ' or '-' or '\'' or '\u2019';
        }

        return written.ToString();
    }

    private static bool IsNameCharacter(Rune rune) =>
        Rune.IsLetter(rune) || rune.Value is ' ' or '\'' or '\u2019' or '-' or '.'
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
