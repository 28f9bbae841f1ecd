using Microsoft.Extensions.Time.Testing;
using Portal.Core.Accounts;

namespace Portal.UnitTests.Accounts;

public sealed class LockoutStateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly AccountOptions _options = new();

    [Fact]
    [Trait("Clause", "12.1")]
    public void AfterFailure_FourTimes_NotLocked()
    {
        var state = Fail(LockoutState.None, 4);

        Assert.False(state.IsLocked(_time.GetUtcNow()));
        Assert.Equal(4, state.ConsecutiveFailures);
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public void AfterFailure_FifthTime_LocksFor15Minutes()
    {
        var fourth = Fail(LockoutState.None, 4);

        var reserved = fourth.Reserve(_time.GetUtcNow(), _options)!;
        var fifth = reserved.AfterFailure(_time.GetUtcNow(), _options);

        Assert.False(reserved.IsLocked(_time.GetUtcNow()));
        Assert.True(fifth.IsLocked(_time.GetUtcNow()));
        Assert.True(fifth.JustLocked(reserved, _time.GetUtcNow()));
        Assert.Equal(_time.GetUtcNow().AddMinutes(15), fifth.LockedUntil);
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public void IsLocked_AfterTheDuration_UnlocksWithoutAnythingRunning()
    {
        var locked = Fail(LockoutState.None, 5);

        _time.Advance(TimeSpan.FromMinutes(15));

        Assert.False(locked.IsLocked(_time.GetUtcNow()));
    }

    [Fact]
    public void AfterFailure_OnceALockHasRunOut_CountsFromOne()
    {
        var locked = Fail(LockoutState.None, 5);
        _time.Advance(TimeSpan.FromMinutes(16));

        var next = locked.Reserve(_time.GetUtcNow(), _options)!.AfterFailure(_time.GetUtcNow(), _options);

        Assert.Equal(1, next.ConsecutiveFailures);
        Assert.False(next.IsLocked(_time.GetUtcNow()));
    }

    [Fact]
    public void Threshold_IsASetting()
    {
        var strict = new AccountOptions { LockoutThreshold = 3 };

        var state = LockoutState.None;
        for (var i = 0; i < 3; i++)
        {
            state = state.Reserve(_time.GetUtcNow(), strict)!.AfterFailure(_time.GetUtcNow(), strict);
        }

        Assert.True(state.IsLocked(_time.GetUtcNow()));
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public void Reserve_OnceTheThresholdsAttemptsAreCounted_RefusesAnotherUntilTheyEnd()
    {
        // Four failures, then a fifth attempt still being checked: a sixth may not be checked at all.
        var counting = Fail(LockoutState.None, 4).Reserve(_time.GetUtcNow(), _options)!;

        Assert.Null(counting.Reserve(_time.GetUtcNow(), _options));
        Assert.False(counting.IsLocked(_time.GetUtcNow()));
        Assert.Null(counting.AfterFailure(_time.GetUtcNow(), _options).Reserve(_time.GetUtcNow(), _options));
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public void Reserve_AttemptsThatNeverEnded_HoldTheEmailNoLongerThanALock()
    {
        // Five attempts counted whose requests were dropped before their outcome was written.
        var stuck = LockoutState.None;
        for (var i = 0; i < 5; i++)
        {
            stuck = stuck.Reserve(_time.GetUtcNow(), _options)!;
        }

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.Null(stuck.Reserve(_time.GetUtcNow(), _options));

        _time.Advance(TimeSpan.FromMinutes(1));
        var again = stuck.Reserve(_time.GetUtcNow(), _options);
        Assert.NotNull(again);
        Assert.Equal(1, again.InFlight);
    }

    [Fact]
    public void Reserve_WhileLocked_IsRefused_AndAFailureThenChangesNothing()
    {
        var locked = Fail(LockoutState.None, 5);

        Assert.Null(locked.Reserve(_time.GetUtcNow(), _options));
        Assert.Equal(locked, locked.AfterFailure(_time.GetUtcNow(), _options));
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public void AfterSuccess_KeepsALockOtherAttemptsMadeMeanwhile()
    {
        // The right password and four wrong ones counted at once; the wrong ones end first and lock.
        var state = Fail(LockoutState.None, 1);
        for (var i = 0; i < 4; i++)
        {
            state = state.Reserve(_time.GetUtcNow(), _options)!;
        }

        for (var i = 0; i < 3; i++)
        {
            state = state.AfterFailure(_time.GetUtcNow(), _options);
        }

        var locked = state.AfterFailure(_time.GetUtcNow(), _options);
        Assert.True(locked.IsLocked(_time.GetUtcNow()));

        var afterSuccess = locked.AfterSuccess();

        Assert.True(afterSuccess.IsLocked(_time.GetUtcNow()));
        Assert.Null(afterSuccess.Reserve(_time.GetUtcNow(), _options));
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public void Unlocked_KeepsCountingTheAttemptsStillBeingChecked()
    {
        // Five attempts being checked when staff unlock: none of the five may be forgotten.
        var state = LockoutState.None;
        for (var i = 0; i < 5; i++)
        {
            state = state.Reserve(_time.GetUtcNow(), _options)!;
        }

        var unlocked = state.Unlocked();

        Assert.Equal(5, unlocked.InFlight);
        Assert.Null(unlocked.Reserve(_time.GetUtcNow(), _options));
    }

    [Fact]
    public void AfterSuccess_StartsTheFailuresAgain_AndEndsTheAttempt()
    {
        var state = Fail(LockoutState.None, 3).Reserve(_time.GetUtcNow(), _options)!;

        var after = state.AfterSuccess();

        Assert.Equal(0, after.ConsecutiveFailures);
        Assert.Equal(0, after.InFlight);
        Assert.True(after.IsSpent(_time.GetUtcNow(), _options));
    }

    private LockoutState Fail(LockoutState state, int times)
    {
        for (var i = 0; i < times; i++)
        {
            state = state.Reserve(_time.GetUtcNow(), _options)!.AfterFailure(_time.GetUtcNow(), _options);
        }

        return state;
    }
}
