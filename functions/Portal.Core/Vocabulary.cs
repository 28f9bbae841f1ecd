using System.Reflection;
using System.Text.Json.Serialization;

namespace Portal.Core;

/// <summary>
/// The words of a closed set of domain values - an enum whose every member names its word with
/// <see cref="JsonStringEnumMemberNameAttribute"/> - as the API, the back office and the tables write
/// them (kebab-case). The enum is the one list; parsing, messages and JSON all read it from here.
/// </summary>
public static class Vocabulary<T>
    where T : struct, Enum
{
    private static readonly T[] _all = Enum.GetValues<T>();

    private static readonly string[] _texts = [.. _all.Select(WordOf)];

    private static readonly Dictionary<string, T> _byText = _all.ToDictionary(WordOf, StringComparer.Ordinal);

    /// <summary>Every value, in the enum's order.</summary>
    public static IReadOnlyList<T> All => _all;

    /// <summary>Every value's word, in the enum's order.</summary>
    public static IReadOnlyList<string> Texts => _texts;

    /// <summary>"One of: a, b, c." - the field error for a word that is not one of these.</summary>
    public static string OneOf { get; } = $"One of: {string.Join(", ", _texts)}.";

    public static string Text(T value) => _texts[Array.IndexOf(_all, value)];

    /// <summary>The value a word names; exact, as the API and the feed are.</summary>
    public static bool TryParse(string? text, out T value) => _byText.TryGetValue(text ?? "", out value);

    /// <summary>The value a word names, or null for none or an unknown word.</summary>
    public static T? Parse(string? text) => TryParse(text, out var value) ? value : null;

    /// <summary>A word read back from storage, where only validated words are written: another is a fault, not the caller's.</summary>
    public static T Stored(string? text) =>
        TryParse(text, out var value) ? value : throw new InvalidOperationException($"A stored {typeof(T).Name} reads '{text}', which is none of: {string.Join(", ", _texts)}.");

    private static string WordOf(T value) =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{typeof(T).Name}.{value} names no word: give it [JsonStringEnumMemberName].");
}
