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

    /// <summary>The user's personal code as its HMAC, when known.</summary>
    public string? PersonalCodeHmac { get; init; }

    /// <summary>Who vouched for the personal code (<c>application</c>, an external provider's name), or empty while it is not verified.</summary>
    public string PersonalCodeVerifiedBy { get; init; } = "";

    /// <summary>A code someone vouched for: the unified login signs in by it.</summary>
    public bool PersonalCodeVerified => PersonalCodeHmac is not null && PersonalCodeVerifiedBy.Length > 0;

    /// <summary>
    /// False for an account made by the unified login until its user sets a password through the reset procedure: such an
    /// account signs in only with the unified login, and the password rules (expiry, a demanded change) do not apply to it.
    /// </summary>
    public bool HasPassword => PasswordHash.Length > 0;

    /// <summary>Decided at sign-in from the stored date (§15.3), or demanded by staff; never for an account without a password.</summary>
    public bool PasswordChangeDue(DateTimeOffset now, AccountOptions options) =>
        HasPassword && (MustChangePassword || now - PasswordChangedAt >= options.PasswordMaxAge);
}
