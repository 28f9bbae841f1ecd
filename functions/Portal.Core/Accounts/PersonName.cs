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

    private static bool IsNameCharacter(Rune rune) =>
        Rune.IsLetter(rune) || rune.Value is ' ' or '\'' or '\u2019' or '-' or '.'
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
