namespace Portal.Core.Accounts;

/// <summary>A portal user (§2.5): the username is the email (§2.6).</summary>
public sealed record UserAccount(
    string Id,
    string Email,
    string FirstName,
    string LastName,
    string Language,
    AccountStatus Status,
    string PasswordHash,
    DateTimeOffset PasswordChangedAt,
    bool MustChangePassword,
    int AcceptedTermsVersion,
    DateTimeOffset CreatedAt)
{
    public string Phone { get; init; } = "";

    public string Address { get; init; } = "";

    /// <summary>Why ES blocked or ended the access (§12.2, §21); empty while active.</summary>
    public string StatusReason { get; init; } = "";

    /// <summary>Which reminder digests' items the user gets (all, unless switched off on the profile).</summary>
    public ReminderChoices Reminders { get; init; } = ReminderChoices.All;

    /// <summary>Decided at sign-in from the stored date (§15.3), or demanded by staff.</summary>
    public bool PasswordChangeDue(DateTimeOffset now, AccountOptions options) =>
        MustChangePassword || now - PasswordChangedAt >= options.PasswordMaxAge;
}
