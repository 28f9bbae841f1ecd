namespace Portal.Core.Terms;

public abstract record PublishOutcome
{
    public sealed record Published(TermsVersion Version) : PublishOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : PublishOutcome;

    /// <summary>Someone published at the same moment: nothing was changed; look again.</summary>
    public sealed record Conflict : PublishOutcome;
}
