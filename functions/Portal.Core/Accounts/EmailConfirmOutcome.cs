namespace Portal.Core.Accounts;

public abstract record EmailConfirmOutcome
{
    public sealed record Changed(UserAccount Account) : EmailConfirmOutcome;

    public sealed record InvalidLink : EmailConfirmOutcome;

    /// <summary>Another account took the address since the link was sent.</summary>
    public sealed record Taken : EmailConfirmOutcome;
}
