namespace Portal.Core.Clients;

/// <summary>A representative's scopes as a request gives them and as a table column keeps them (comma-separated words).</summary>
public static class Scopes
{
    /// <summary>The field error for scopes that do not parse.</summary>
    public static string OneOrMore { get; } = $"One or more of: {string.Join(", ", Vocabulary<Scope>.Texts)}.";

    /// <summary>The scopes in their usual order, without repeats; null when one is unknown or none is given.</summary>
    public static IReadOnlyList<Scope>? Parse(IEnumerable<string?>? words)
    {
        var given = words?.Select(word => Vocabulary<Scope>.Parse(word?.Trim().ToLowerInvariant())).ToList() ?? [];
        return given.Count == 0 || given.Contains(null) ? null : [.. Vocabulary<Scope>.All.Where(scope => given.Contains(scope))];
    }

    public static string Join(IEnumerable<Scope> scopes) => string.Join(',', scopes.Select(scope => scope.Text()));

    public static IReadOnlyList<Scope> Split(string? stored) =>
        [.. (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Vocabulary<Scope>.Stored)];
}
