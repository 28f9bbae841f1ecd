namespace Portal.Core.Accounts;

public abstract record ProfileOutcome
{
    /// <param name="EmailConfirmationSent">A new email was asked for: it takes effect once confirmed from the new address.</param>
    public sealed record Saved(UserAccount Account, bool EmailConfirmationSent) : ProfileOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : ProfileOutcome;
}
