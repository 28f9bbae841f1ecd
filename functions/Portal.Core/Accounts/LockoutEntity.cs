using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>The password attempt count of one email, kept whether or not an account has it. Partition "lockout|{hash}".</summary>
internal sealed class LockoutEntity : PortalEntity
{
    public const string Row = "lockout";

    public LockoutEntity()
    {
        RowKey = Row;
    }

    public int ConsecutiveFailures { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>When the last attempt was counted: attempts that never ended (a dropped request) hold the email no longer than a lock.</summary>
    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>Attempts counted whose outcome is not written yet.</summary>
    public int InFlight { get; set; }

    public static string PartitionFor(string email) => $"lockout|{EmailAddress.Key(email)}";

    public static LockoutEntity Of(string partition, LockoutState state) => new()
    {
        PartitionKey = partition,
        ConsecutiveFailures = state.ConsecutiveFailures,
        LockedUntil = state.LockedUntil,
        LastAttemptAt = state.LastAttemptAt,
        InFlight = state.InFlight,
    };

    public LockoutState ToState() => new(ConsecutiveFailures, LockedUntil, LastAttemptAt, InFlight);
}
