namespace Portal.Core.Accounts;

/// <summary>
/// Consecutive failed sign-ins for one normalised email, whether or not an account has it (§12.1).
/// Decided from stored timestamps only: no timer has to run for a lock to end.
/// </summary>
public sealed record LockoutState(int ConsecutiveFailures, DateTimeOffset? LockedUntil)
{
    public static LockoutState None { get; } = new(0, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>One more failure; the one that reaches the threshold locks and starts the count again.</summary>
    public LockoutState AfterFailure(DateTimeOffset now, AccountOptions options)
    {
        // A lock that has run out is forgotten, and so are the failures that led to it.
        var failures = (LockedUntil is { } until && until <= now ? 0 : ConsecutiveFailures) + 1;
        return failures >= options.LockoutThreshold
            ? new LockoutState(0, now + options.LockoutDuration)
            : new LockoutState(failures, LockedUntil is { } still && still > now ? still : null);
    }

    public bool JustLocked(LockoutState before, DateTimeOffset now) => IsLocked(now) && !before.IsLocked(now);
}
