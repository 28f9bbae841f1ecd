namespace Portal.Core.Clients;

/// <summary>What a representative may do for a client (§2.5, §7).</summary>
public static class Scopes
{
    public const string Finance = "finance";
    public const string Technical = "technical";
    public const string Submit = "submit";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Finance, Technical, Submit, Admin];

    /// <summary>The scopes in their usual order, without repeats; null when one is unknown or none is given.</summary>
    public static IReadOnlyList<string>? Parse(IEnumerable<string>? scopes)
    {
        var given = scopes?.Select(s => s.Trim().ToLowerInvariant()).ToHashSet() ?? [];
        return given.Count == 0 || !given.IsSubsetOf(All) ? null : [.. All.Where(given.Contains)];
    }

    public static string Join(IEnumerable<string> scopes) => string.Join(',', scopes);

    public static IReadOnlyList<string> Split(string? scopes) => (scopes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
}
