namespace Portal.Core.Accounts;

public abstract record PasswordChangeOutcome
{
    public sealed record Changed : PasswordChangeOutcome;

    public sealed record WrongCurrentPassword : PasswordChangeOutcome;

    public sealed record Refused(IReadOnlyList<PasswordRule> Rules) : PasswordChangeOutcome;

    /// <summary>The reset link is unknown, used or expired.</summary>
    public sealed record InvalidLink : PasswordChangeOutcome;
}
