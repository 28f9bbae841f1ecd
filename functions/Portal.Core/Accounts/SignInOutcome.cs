namespace Portal.Core.Accounts;

public abstract record SignInOutcome
{
    public sealed record Succeeded(UserAccount Account, IssuedSession Session) : SignInOutcome;

    /// <summary>Unknown email, wrong password or a locked email: the caller cannot tell which (§11, docs/ARCHITECTURE.md).</summary>
    public sealed record Failed : SignInOutcome;

    /// <summary>The right password for an account ES has blocked or ended (§12.2, §21): the user is told how to reach ES.</summary>
    public sealed record AccessBlocked(AccountStatus Status) : SignInOutcome;

    /// <summary>Too many attempts from this IP address, whatever the emails: nothing is checked.</summary>
    public sealed record Throttled : SignInOutcome;
}
