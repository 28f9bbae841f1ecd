namespace Portal.Core.Accounts;

/// <summary>
/// Consecutive failed sign-ins for one normalised email, whether or not an account has it (§12.1).
/// An attempt is counted when it starts (<see cref="Reserve"/>), before its password is checked, so
/// attempts made at once cannot all see "unlocked": once the threshold's attempts are counted no
/// further one is checked until they end. A success starts the count again; a failure was counted
/// already, and the one that reaches the threshold locks (<see cref="AfterFailure"/>). Decided from
/// stored timestamps only: no timer has to run for a lock to end.
/// </summary>
/// <param name="ConsecutiveFailures">The attempts counted since the last success or lock: failed ones and those still being checked.</param>
/// <param name="LastAttemptAt">When the last attempt was counted.</param>
public sealed record LockoutState(int ConsecutiveFailures, DateTimeOffset? LockedUntil, DateTimeOffset? LastAttemptAt = null)
{
    public static LockoutState None { get; } = new(0, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>The state with one more attempt counted, or null when no attempt may be checked now: locked, or the threshold's attempts counted already.</summary>
    public LockoutState? Reserve(DateTimeOffset now, AccountOptions options)
    {
        if (IsLocked(now))
        {
            return null;
        }

        // A lock that has run out is forgotten, and so are the failures that led to it.
        var counted = LockedUntil is null ? ConsecutiveFailures : 0;
        if (counted >= options.LockoutThreshold)
        {
            // The threshold's attempts are counted and none has ended: wait for them - but attempts that never
            // end (requests dropped mid-check) hold the email no longer than a lock would.
            if (LastAttemptAt is { } last && last + options.LockoutDuration > now)
            {
                return null;
            }

            counted = 0;
        }

        return new LockoutState(counted + 1, null, now);
    }

    /// <summary>A counted attempt failed: the one that reaches the threshold locks and starts the count again.</summary>
    public LockoutState AfterFailure(DateTimeOffset now, AccountOptions options) =>
        !IsLocked(now) && ConsecutiveFailures >= options.LockoutThreshold ? new LockoutState(0, now + options.LockoutDuration) : this;

    public bool JustLocked(LockoutState before, DateTimeOffset now) => IsLocked(now) && !before.IsLocked(now);
}
