using Microsoft.Extensions.Logging;
using Portal.Core.Audit;
using Portal.Core.Outcomes;

namespace Portal.Core.Accounts;

/// <summary>
/// Sign-in with email and password (§2.8, §12.1): the password is checked by the one rule of
/// <see cref="PasswordAttempts"/> (counted toward the lockout first, one hash on every path).
/// </summary>
public sealed class SignInCommand(
    PasswordAttempts attempts,
    SessionStore sessions,
    AuditTrail audit,
    ILogger<SignInCommand> logger)
{
    /// <summary>
    /// Signs in as the account <paramref name="email"/> names. The caller reads that account (<see cref="AccountStore.FindByEmailAsync"/>)
    /// and passes the read in flight (<paramref name="finding"/>), so what it needs of the account can be read while the password is checked.
    /// </summary>
    public async Task<Outcome<StartedSession>> ExecuteAsync(string email, Task<UserAccount?> finding, string password, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var ipAddress = origin.IpAddress;
        // The account's read needs nothing before it: it runs beside the attempt's reservation. The address was counted before the body was read.
        // Every attempt ends on the trail, so the trail's end is read while the password is checked, not after.
        var heading = ReadHeadAsync(finding, email, cancellationToken);
        var attempt = await attempts.CheckAsync(email, finding, password, ipAddress, cancellationToken);
        var head = await heading;
        if (attempt is { Verified: true, Account: { } account })
        {
            if (account.Status != AccountStatus.Active)
            {
                AccountsLog.SignInRefusedBlocked(logger, account.Id, account.Status);
                await Task.WhenAll(
                    attempts.SucceededAsync(attempt, cancellationToken),
                    RecordAsync(head, account, account.Id, AuditActions.Blocked, origin, cancellationToken));
                return new Failure.Forbidden(ProblemTypes.AccessBlocked, "Your access to the portal is blocked.", $"ES has blocked or ended your access. {Failure.OtherChannels}");
            }

            // What follows a success does not depend on each other: side by side.
            var starting = sessions.StartAsync(account.Id, ipAddress, origin.UserAgent, cancellationToken);
            await Task.WhenAll(
                starting,
                attempts.SucceededAsync(attempt, cancellationToken),
                RecordAsync(head, account, account.Id, AuditActions.Succeeded, origin, cancellationToken));
            var session = await starting;
            AccountsLog.SignedIn(logger, account.Id, session.Session.Id);
            return new StartedSession(account, session);
        }

        await RecordAsync(head, attempt.Account, "anonymous", PasswordAttempts.AuditResult(attempt), origin, cancellationToken);
        return new Failure.Unauthenticated(ProblemTypes.SignInFailed, "Sign-in failed.",
            "Check the email and the password. After several failed attempts sign-in is paused for a while, and the account's owner is told by email.");
    }

    /// <summary>Every attempt goes into the trail: the account's chain, or the email's own where no account has it.</summary>
    private async Task<AuditHead> ReadHeadAsync(Task<UserAccount?> finding, string email, CancellationToken cancellationToken) =>
        await audit.ReadHeadAsync(await finding is { } account ? AuditTrail.UserChain(account.Id) : AuditTrail.EmailChain(EmailAddress.Key(email)), cancellationToken);

    private Task RecordAsync(AuditHead head, UserAccount? account, string actor, string result, AuditOrigin origin, CancellationToken cancellationToken) =>
        audit.AppendAsync(head, actor, clientId: null, AuditActions.SignIn, account?.Id ?? "unknown-email", result, origin, cancellationToken);
}
