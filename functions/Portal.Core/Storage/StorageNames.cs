namespace Portal.Core.Storage;

/// <summary>Every table and blob container the portal uses; infra/bicep creates the same list.</summary>
public static class StorageNames
{
    public const string TermsTable = "Terms";
    public const string TermsContainer = "terms";

    public static IReadOnlyList<string> Tables { get; } = [TermsTable];

    public static IReadOnlyList<string> Containers { get; } = [TermsContainer];
}
