using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// Sign-in with email and password (§2.8, §12.1). Each attempt is counted toward the lockout before its
/// password is checked (<see cref="LockoutState"/>), so guesses made at once cannot pass the threshold.
/// Every attempt runs the password hasher exactly once - against a dummy hash where there is no
/// account, no password yet or no attempt left - so a failure costs the same time on every path.
/// </summary>
public sealed class SignInCommand(
    AccountStore accounts,
    LockoutStore lockouts,
    SessionStore sessions,
    PasswordResets resets,
    AuditTrail audit,
    IOptions<AccountOptions> options,
    IPasswordHasher<UserAccount> hasher,
    DummyPasswordHash dummy,
    Throttle throttle,
    IOptions<ThrottlingOptions> limits,
    TimeProvider time,
    ILogger<SignInCommand> logger)
{
    public async Task<Outcome<StartedSession>> ExecuteAsync(string email, string password, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var ipAddress = origin.IpAddress;
        if (!await throttle.TryHitAsync($"sign-in-ip|{ipAddress}", limits.Value.SignInsPerIpPerHour, TimeSpan.FromHours(1), cancellationToken))
        {
            return new Failure.Throttled();
        }

        // The attempt is counted before its password is checked, beside the account's read.
        var now = time.GetUtcNow();
        var reserving = lockouts.ReserveAsync(email, now, cancellationToken);
        var finding = accounts.FindByEmailAsync(email, cancellationToken);
        await Task.WhenAll(reserving, finding);
        var reserved = await reserving;
        var account = await finding;

        // One hash on every path - against a dummy where there is no account, no password yet, or no attempt left.
        var checkedAccount = reserved ? account : null;
        var verified = hasher.VerifyHashedPassword(checkedAccount ?? dummy.Account, checkedAccount?.PasswordHash ?? dummy.Hash, password)
            is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;

        if (checkedAccount is not null && verified)
        {
            await lockouts.ResetAsync(email, cancellationToken);
            if (checkedAccount.Status != AccountStatus.Active)
            {
                AccountsLog.SignInRefusedBlocked(logger, checkedAccount.Id, checkedAccount.Status);
                await RecordAsync(checkedAccount, email, checkedAccount.Id, AuditActions.Blocked, origin, cancellationToken);
                return new Failure.Forbidden(ProblemTypes.AccessBlocked, "Your access to the portal is blocked.", $"ES has blocked or ended your access. {Failure.OtherChannels}");
            }

            var session = await sessions.StartAsync(checkedAccount.Id, ipAddress, origin.UserAgent, cancellationToken);
            AccountsLog.SignedIn(logger, checkedAccount.Id, session.Session.Id);
            await RecordAsync(checkedAccount, email, checkedAccount.Id, AuditActions.Succeeded, origin, cancellationToken);
            return new StartedSession(checkedAccount, session);
        }

        var result = AuditActions.Locked;
        if (reserved)
        {
            var (before, after) = await lockouts.RecordFailureAsync(email, now, account is null ? null : LockNotice(account, ipAddress, now), cancellationToken);
            if (after.JustLocked(before, now))
            {
                AccountsLog.EmailLocked(logger, account?.Id, after.LockedUntil!.Value);
            }
            else
            {
                result = AuditActions.Failed;
            }
        }

        await RecordAsync(account, email, "anonymous", result, origin, cancellationToken);
        return new Failure.Unauthenticated(ProblemTypes.SignInFailed, "Sign-in failed.",
            "Check the email and the password. After several failed attempts sign-in is paused for a while, and the account's owner is told by email.");
    }

    /// <summary>Every attempt goes into the trail: the account's chain, or the email's own where no account has it.</summary>
    private Task RecordAsync(UserAccount? account, string email, string actor, string result, AuditOrigin origin, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            account is null ? AuditTrail.EmailChain(EmailAddress.Key(email)) : AuditTrail.UserChain(account.Id),
            actor, clientId: null, AuditActions.SignIn, account?.Id ?? "unknown-email", result, origin, cancellationToken);

    /// <summary>The email the account's owner gets when sign-in to it locks (§12.1): when, from where, and a reset link.</summary>
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
