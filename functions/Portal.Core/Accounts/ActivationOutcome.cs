namespace Portal.Core.Accounts;

public abstract record ActivationOutcome
{
    public sealed record Activated(UserAccount Account) : ActivationOutcome;

    /// <summary>The link was right but is too old: the page offers a new one.</summary>
    public sealed record Expired : ActivationOutcome;

    /// <summary>Unknown, used, or the account is no longer waiting.</summary>
    public sealed record UnknownLink : ActivationOutcome;

    public sealed record WeakPassword(IReadOnlyList<PasswordRule> Broken) : ActivationOutcome;
}
