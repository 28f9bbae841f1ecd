using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;

namespace Portal.Core.Accounts;

/// <summary>How one password attempt ended.</summary>
public enum PasswordAttemptResult
{
    /// <summary>The password is the account's; the caller ends the attempt with <see cref="PasswordAttempts.SucceededAsync"/>.</summary>
    Verified,

    /// <summary>Wrong (or no account, or no password yet); counted as a failure.</summary>
    Failed,

    /// <summary>Wrong, and this failure reached the threshold: the email is locked and its owner told.</summary>
    JustLocked,

    /// <summary>Not checked at all: the email is locked, or the threshold's attempts are counted already.</summary>
    NoAttemptLeft,
}

/// <param name="Account">The account the email names, if any, whatever the result.</param>
public sealed record PasswordAttempt(PasswordAttemptResult Result, UserAccount? Account)
{
    public bool Verified => Result == PasswordAttemptResult.Verified;

    /// <summary>What a verified attempt's reservation wrote, for <see cref="PasswordAttempts.SucceededAsync"/>.</summary>
    internal LockoutReservation? Reservation { get; init; }
}

/// <summary>
/// The one rule for checking a password (§12.1), at sign-in and wherever the portal asks for the
/// current password again (the step-up before a password or email change): the attempt is counted
/// toward the email's lockout before its password is checked (<see cref="LockoutState"/>), so guesses
/// made at once cannot pass the threshold; the hasher runs exactly once on every path - against a
/// dummy hash where there is no account, no password yet or no attempt left - so a refusal costs the
/// same time whatever the reason; the failure that locks puts the owner's notice in the outbox. The
/// caller writes the attempt to the audit trail under its own action.
/// </summary>
public sealed class PasswordAttempts(
    LockoutStore lockouts,
    IPasswordHasher<UserAccount> hasher,
    DummyPasswordHash dummy,
    PasswordResets resets,
    IOptions<AccountOptions> options,
    TimeProvider time,
    ILogger<PasswordAttempts> logger)
{
    /// <summary>Checks <paramref name="password"/> for <paramref name="email"/>; the account is read by the caller (<paramref name="finding"/>), beside the attempt's reservation.</summary>
    public async Task<PasswordAttempt> CheckAsync(string email, Task<UserAccount?> finding, string password, string ipAddress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reserving = lockouts.ReserveAsync(email, now, cancellationToken);
        await Task.WhenAll(reserving, finding);
        var reserved = await reserving;
        var account = await finding;

        // An account awaiting activation has no hash yet (an empty one): it is checked against the dummy too.
        var checkedAccount = reserved is not null && account is { PasswordHash.Length: > 0 } ? account : null;
        var verified = hasher.VerifyHashedPassword(checkedAccount ?? dummy.Account, checkedAccount?.PasswordHash ?? dummy.Hash, password)
            is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
        if (checkedAccount is not null && verified)
        {
            return new PasswordAttempt(PasswordAttemptResult.Verified, account) { Reservation = reserved };
        }

        if (reserved is null)
        {
            return new PasswordAttempt(PasswordAttemptResult.NoAttemptLeft, account);
        }

        var (before, after) = await lockouts.RecordFailureAsync(reserved, now, account is null ? null : LockNotice(account, ipAddress, now), cancellationToken);
        if (!after.JustLocked(before, now))
        {
            return new PasswordAttempt(PasswordAttemptResult.Failed, account);
        }

        AccountsLog.EmailLocked(logger, account?.Id, after.LockedUntil!.Value);
        return new PasswordAttempt(PasswordAttemptResult.JustLocked, account);
    }

    /// <summary>Ends a verified attempt: the failures start again (a lock made meanwhile by other attempts stays).</summary>
    public Task SucceededAsync(PasswordAttempt attempt, CancellationToken cancellationToken) =>
        lockouts.RecordSuccessAsync(attempt.Reservation ?? throw new InvalidOperationException("Only a verified attempt succeeds."), cancellationToken);

    /// <summary>How recent a sign-in through an external provider must be to stand for the step-up of an account without a password.</summary>
    public static readonly TimeSpan ReauthenticationWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The step-up (the security issue's rule): the signed-in user's password again, checked by the sign-in's rule and counted toward its
    /// lockout. Null when it is right; otherwise <paramref name="refused"/> records the attempt's result on the user's trail and the
    /// answer is a 429 while checks are paused, or the field error on <paramref name="field"/>. An account without a password proves
    /// itself by a session signed in through its external provider within <see cref="ReauthenticationWindow"/>; an older one is asked to
    /// sign in there again (403 <c>reauthentication-required</c>).
    /// </summary>
    public async Task<Failure?> StepUpAsync(
        UserAccount account, string? password, PortalSession? session, string field, string ipAddress, Func<string, Task> refused, CancellationToken cancellationToken)
    {
        if (!account.HasPassword)
        {
            if (session is { SignedInWith.Length: > 0 } && session.UserId == account.Id && time.GetUtcNow() - session.CreatedAt <= ReauthenticationWindow)
            {
                return null;
            }

            await refused(Audit.AuditActions.Failed);
            return new Failure.Forbidden(ProblemTypes.ReauthenticationRequired, "Confirm it is you: sign in again with Latvija.lv.",
                $"Your account has no password, so a sign-in with Latvija.lv in the last {(int)ReauthenticationWindow.TotalMinutes} minutes confirms this.");
        }

        if (string.IsNullOrEmpty(password))
        {
            return Failure.Invalid.Field(field, "Enter your password.");
        }

        var attempt = await CheckAsync(account.Email, Task.FromResult<UserAccount?>(account), password, ipAddress, cancellationToken);
        if (attempt.Verified)
        {
            await SucceededAsync(attempt, cancellationToken);
            return null;
        }

        await refused(AuditResult(attempt));
        return (Failure?)StepUpPaused(attempt) ?? Failure.Invalid.Field(field, WrongCurrentPassword);
    }

    /// <summary>What the audit trail records of an attempt that was not verified.</summary>
    public static string AuditResult(PasswordAttempt attempt) =>
        attempt.Result == PasswordAttemptResult.Failed ? Audit.AuditActions.Failed : Audit.AuditActions.Locked;

    /// <summary>The field error (on <c>currentPassword</c>) of a step-up whose password was wrong.</summary>
    public const string WrongCurrentPassword = "The current password is wrong.";

    /// <summary>
    /// A step-up's refusal while password checks are paused (the email locked, or the threshold's attempts counted): 429, to try again
    /// when the lock would end; null for a password that was checked and wrong, which is the field error <see cref="WrongCurrentPassword"/>.
    /// </summary>
    public Failure.Throttled? StepUpPaused(PasswordAttempt attempt) =>
        attempt.Result == PasswordAttemptResult.Failed ? null : new Failure.Throttled { RetryAfter = options.Value.LockoutDuration };

    /// <summary>The email the account's owner gets when its password checks lock (§12.1): when, from where, and a reset link.</summary>
    private Func<LockoutState, CancellationToken, Task<EmailMessage>> LockNotice(UserAccount account, string ipAddress, DateTimeOffset now) =>
        async (locked, cancellationToken) => new EmailMessage(account.Email, account.Language, EmailTemplates.SignInLocked, new Dictionary<string, string>
        {
            ["failures"] = $"{options.Value.LockoutThreshold}",
            ["lockedUntil"] = EmailTemplates.RigaTime(locked.LockedUntil!.Value),
            ["time"] = EmailTemplates.RigaTime(now),
            ["ip"] = ipAddress,
            ["resetLink"] = await resets.IssueLinkAsync(account.Id, cancellationToken),
        });
}
