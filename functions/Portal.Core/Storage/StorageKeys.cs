using System.Diagnostics.CodeAnalysis;

namespace Portal.Core.Storage;

/// <summary>The one rule for a value that becomes (part of) a table key.</summary>
public static class StorageKeys
{
    /// <summary>
    /// Whether <paramref name="value"/>'s length and characters fit in a table key: at most <paramref name="maxLength"/>, and none of what
    /// keys may not hold (/ \ # ?), our separator |, or anything invisible. Whether a blank value means anything is the caller's to say.
    /// </summary>
    public static bool Fits(string value, int maxLength) =>
        value.Length <= maxLength && !value.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?' or '|');

    /// <summary>Whether <paramref name="value"/> may go into a table key: present, not blank, and <see cref="Fits"/>.</summary>
    public static bool IsUsable([NotNullWhen(true)] string? value, int maxLength) => !string.IsNullOrWhiteSpace(value) && Fits(value, maxLength);
}
