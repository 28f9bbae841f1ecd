namespace Portal.Core.Accounts;

/// <summary>
/// Failed password attempts for one normalised email, whether or not an account has it (§12.1).
/// An attempt is counted when it starts (<see cref="Reserve"/>), before its password is checked, so
/// attempts made at once cannot all see "unlocked": while the failures and the attempts still being
/// checked reach the threshold, no further one is checked. An attempt's end moves it out of
/// <see cref="InFlight"/>: a failure into <see cref="ConsecutiveFailures"/> (the one that reaches the
/// threshold locks), a success clears the failures but never a lock made meanwhile. Decided from
/// stored timestamps only: no timer has to run for a lock to end.
/// </summary>
/// <param name="ConsecutiveFailures">Failures since the last success, unlock or lock.</param>
/// <param name="LastAttemptAt">When the last attempt was counted.</param>
/// <param name="InFlight">Attempts counted whose outcome is not written yet.</param>
public sealed record LockoutState(int ConsecutiveFailures, DateTimeOffset? LockedUntil, DateTimeOffset? LastAttemptAt = null, int InFlight = 0)
{
    public static LockoutState None { get; } = new(0, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>The state with one more attempt counted, or null when no attempt may be checked now: locked, or the threshold reached by failures and attempts still being checked.</summary>
    public LockoutState? Reserve(DateTimeOffset now, AccountOptions options)
    {
        if (IsLocked(now))
        {
            return null;
        }

        var inFlight = LiveInFlight(now, options);
        if (ConsecutiveFailures + inFlight >= options.LockoutThreshold)
        {
            return null;
        }

        // A lock that has run out is forgotten; the failures that led to it were cleared when it was set.
        return new LockoutState(ConsecutiveFailures, null, now, inFlight + 1);
    }

    /// <summary>A counted attempt failed: the failure that reaches the threshold locks and starts the count again. While locked, failures are not counted.</summary>
    public LockoutState AfterFailure(DateTimeOffset now, AccountOptions options)
    {
        var ended = this with { InFlight = Math.Max(0, InFlight - 1) };
        if (IsLocked(now))
        {
            return ended;
        }

        var failures = ConsecutiveFailures + 1;
        return failures >= options.LockoutThreshold
            ? ended with { ConsecutiveFailures = 0, LockedUntil = now + options.LockoutDuration }
            : ended with { ConsecutiveFailures = failures, LockedUntil = null };
    }

    /// <summary>A counted attempt succeeded: the failures start again from none; a lock set by other attempts meanwhile stays.</summary>
    public LockoutState AfterSuccess() => this with { ConsecutiveFailures = 0, InFlight = Math.Max(0, InFlight - 1) };

    /// <summary>Staff unlocked the email, or its password was reset: no lock and no failures; attempts still being checked stay counted.</summary>
    public LockoutState Unlocked() => this with { ConsecutiveFailures = 0, LockedUntil = null };

    public bool JustLocked(LockoutState before, DateTimeOffset now) => IsLocked(now) && !before.IsLocked(now);

    /// <summary>Nothing worth keeping: no failures, no lock in force, no attempt being checked.</summary>
    public bool IsSpent(DateTimeOffset now, AccountOptions options) => ConsecutiveFailures == 0 && !IsLocked(now) && LiveInFlight(now, options) == 0;

    /// <summary>Attempts still being checked - but attempts that never end (requests dropped mid-check) hold the email no longer than a lock would.</summary>
    private int LiveInFlight(DateTimeOffset now, AccountOptions options) =>
        LastAttemptAt is { } last && last + options.LockoutDuration > now ? InFlight : 0;
}
