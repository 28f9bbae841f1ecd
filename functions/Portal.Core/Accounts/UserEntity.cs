using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// A user's own row: partition "user|{id}", row "account|{id}". The id in the row key too costs
/// nothing in Azure and keeps Azurite fast: it looks rows up by row key first, so a row key every
/// user shares made each read and insert there scan all users.
/// </summary>
internal sealed class UserEntity : PortalEntity
{
    public static string RowFor(string userId) => $"account|{userId}";

    public string UserId { get; set; } = "";

    public string Email { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Language { get; set; } = "lv";

    public string Status { get; set; } = nameof(AccountStatus.Active);

    public string PasswordHash { get; set; } = "";

    public DateTimeOffset PasswordChangedAt { get; set; }

    public bool MustChangePassword { get; set; }

    /// <summary>Hashes of the previous passwords, newest first, as a JSON array (they may not be used again).</summary>
    public string PasswordHistory { get; set; } = "[]";

    public int AcceptedTermsVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The expiry date the sent reminders are about; a new password starts a new list.</summary>
    public string ExpiryRemindersFor { get; set; } = "";

    /// <summary>Which reminders (days before) have gone out for that date, e.g. "7,14".</summary>
    public string ExpiryRemindersSent { get; set; } = "";

    /// <summary>The reminder kinds the user switched off (<see cref="ReminderChoices"/>); empty: all on.</summary>
    public string RemindersOff { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>The user's personal code as its HMAC only (staff find users by it, and the unified login matches it).</summary>
    public string? PersonalCodeHmac { get; set; }

    /// <summary>
    /// Who vouched for <see cref="PersonalCodeHmac"/>: <c>application</c> (staff checked the application that made the user),
    /// <c>vpm</c> (an eID sign-in carried it) or empty (not verified: a code typed by hand and never checked).
    /// </summary>
    public string PersonalCodeVerifiedBy { get; set; } = "";

    public string StatusReason { get; set; } = "";

    public DateTimeOffset? StatusChangedAt { get; set; }

    public static string PartitionFor(string userId) => $"user|{userId}";

    public UserAccount ToAccount() => new(
        UserId, Email, FirstName, LastName, Language, Enum.Parse<AccountStatus>(Status), PasswordHash,
        PasswordChangedAt, MustChangePassword, AcceptedTermsVersion, CreatedAt)
    {
        Phone = Phone,
        Address = Address,
        StatusReason = StatusReason,
        Reminders = ReminderChoices.FromOff(RemindersOff),
        PersonalCodeHmac = PersonalCodeHmac,
        PersonalCodeVerifiedBy = PersonalCodeVerifiedBy,
    };
}
