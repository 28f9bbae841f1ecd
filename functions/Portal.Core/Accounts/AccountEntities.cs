using Azure;
using Azure.Data.Tables;

namespace Portal.Core.Accounts;

/// <summary>A user's own row: partition "user|{id}".</summary>
internal sealed class UserEntity : ITableEntity
{
    public const string Row = "account";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

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

    public static string PartitionFor(string userId) => $"user|{userId}";

    public UserAccount ToAccount() => new(
        UserId, Email, FirstName, LastName, Language, Enum.Parse<AccountStatus>(Status), PasswordHash,
        PasswordChangedAt, MustChangePassword, AcceptedTermsVersion, CreatedAt);
}

/// <summary>One account per email: inserting this row fails when the email is taken. Partition "email|{hash}".</summary>
internal sealed class EmailIndexEntity : ITableEntity
{
    public const string Row = "index";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string UserId { get; set; } = "";

    public static string PartitionFor(string email) => $"email|{EmailAddress.Key(email)}";
}

/// <summary>The failed sign-in count of one email, kept whether or not an account has it. Partition "lockout|{hash}".</summary>
internal sealed class LockoutEntity : ITableEntity
{
    public const string Row = "lockout";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int ConsecutiveFailures { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public static string PartitionFor(string email) => $"lockout|{EmailAddress.Key(email)}";

    public LockoutState ToState() => new(ConsecutiveFailures, LockedUntil);
}
