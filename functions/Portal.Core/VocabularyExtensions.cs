namespace Portal.Core;

public static class VocabularyExtensions
{
    /// <summary>The value's word, as the API and the back office write it (<see cref="Vocabulary{T}"/>).</summary>
    public static string Text<T>(this T value)
        where T : struct, Enum => Vocabulary<T>.Text(value);
}
