using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// A new password, chosen by the signed-in user (§15.3, §15.5) or through a reset link (§13). Either
/// way the rules are checked again here, other sessions end, and the user is told by email with a
/// "this wasn't me" link.
/// </summary>
public sealed class PasswordChanges(
    AccountStore accounts,
    PasswordPolicy policy,
    PasswordResets resets,
    SessionStore sessions,
    LockoutStore lockouts,
    PasswordAttempts attempts,
    IPasswordHasher<UserAccount> hasher,
    AuditTrail audit,
    IOptions<PortalOptions> portal,
    PortalStorage storage,
    Outbox outbox,
    TimeProvider time)
{
    private static Failure InvalidLink =>
        Failure.Invalid.Field("token", "The link is not valid: it was used already, or it has expired. Ask for a new one.");

    /// <summary>The signed-in user's new password: every session ends, and this browser gets a new one (a new token).</summary>
    public async Task<Outcome<IssuedSession>> ChangeAsync(
        UserAccount account, string currentPassword, string newPassword, AuditOrigin origin, CancellationToken cancellationToken)
    {
        // The step-up: the current password is checked by the sign-in's rule and counts toward its lockout.
        var attempt = await attempts.CheckAsync(account.Email, Task.FromResult<UserAccount?>(account), currentPassword, origin.IpAddress, cancellationToken);
        if (!attempt.Verified)
        {
            await RecordAsync(account, AuditActions.PasswordChange, PasswordAttempts.AuditResult(attempt), origin, cancellationToken);
            return (Failure?)attempts.StepUpPaused(attempt) ?? Failure.Invalid.Field("currentPassword", PasswordAttempts.WrongCurrentPassword);
        }

        await attempts.SucceededAsync(attempt, cancellationToken);

        var refused = await CheckAsync(account, newPassword, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        await SetAsync(account, newPassword, cancellationToken);
        await sessions.EndAllAsync(account.Id, keepSessionId: null, cancellationToken);
        var renewed = await sessions.StartAsync(account.Id, origin.IpAddress, origin.UserAgent, cancellationToken);
        await RecordAsync(account, AuditActions.PasswordChange, AuditActions.Succeeded, origin, cancellationToken);
        return renewed;
    }

    public async Task<Outcome<Done>> ResetAsync(string token, string newPassword, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var link = await resets.PeekAsync(token, cancellationToken);
        var account = link is { } live ? await accounts.GetAsync(live.UserId, cancellationToken) : null;
        if (account is null || account.Status != AccountStatus.Active)
        {
            return InvalidLink;
        }

        // The rules first: a refused password leaves the link usable for a better one.
        var refused = await CheckAsync(account, newPassword, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (!await resets.ConsumeAsync(token, cancellationToken))
        {
            return InvalidLink;
        }

        if (link!.Value.RevertTo is { } oldEmail && !string.Equals(oldEmail, account.Email, StringComparison.Ordinal))
        {
            // "This wasn't me": the old address becomes the username again; the replaced one is told, with no link of its own.
            var replaced = account.Email;
            var now = time.GetUtcNow();
            if (!await accounts.ChangeEmailAsync(account.Id, oldEmail, _ => new EmailMessage(replaced, account.Language, EmailTemplates.EmailChanged, new Dictionary<string, string>
            {
                ["newEmail"] = oldEmail,
                ["time"] = EmailTemplates.RigaTime(now),
                ["resetLink"] = portal.Value.LinkTo("/forgot-password"),
            }), cancellationToken))
            {
                return new Failure.Conflict(ProblemTypes.Conflict, "Another account uses the earlier email address now.", $"Ask ES to restore your account. {Failure.OtherChannels}");
            }

            await OneTimeLinks.RevokeAsync(storage, account.Id, [OneTimeLinks.Reset, OneTimeLinks.EmailRevert], cancellationToken);
            await RecordAsync(account, AuditActions.EmailChange, AuditActions.Reverted, origin, cancellationToken);
            account = (await accounts.GetAsync(account.Id, cancellationToken))!;
        }

        await SetAsync(account, newPassword, cancellationToken);
        await lockouts.UnlockAsync(account.Email, cancellationToken);
        await sessions.EndAllAsync(account.Id, keepSessionId: null, cancellationToken);
        await RecordAsync(account, AuditActions.PasswordReset, AuditActions.Succeeded, origin, cancellationToken);
        return Done.Instance;
    }

    /// <summary>
    /// Sends a reset link if the email has an active account; says nothing either way (§13). Refused
    /// only when this IP address asked too often. Everything that depends on the email is left to
    /// <see cref="PasswordResetRequests"/> through the outbox, so the answer takes the same time for any
    /// email; too many requests for one email send nothing more.
    /// </summary>
    public async Task<Outcome<Done>> RequestResetAsync(string email, AuditOrigin origin, CancellationToken cancellationToken)
    {
        await outbox.EnqueueWorkAsync(PasswordResetRequests.WorkType, PasswordResetRequests.Payload(email, origin), cancellationToken);
        return Done.Instance;
    }

    private Task RecordAsync(UserAccount account, string action, string result, AuditOrigin origin, CancellationToken cancellationToken) =>
        audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, action, account.Id, result, origin, cancellationToken);

    private async Task<PasswordRefused?> CheckAsync(UserAccount account, string newPassword, CancellationToken cancellationToken)
    {
        var recent = await accounts.RecentPasswordHashesAsync(account.Id, cancellationToken);
        var broken = policy.Check(newPassword, account.Email, candidate =>
            recent.Any(hash => hasher.VerifyHashedPassword(account, hash, candidate) != PasswordVerificationResult.Failed));
        return broken.Count == 0 ? null : new PasswordRefused("newPassword", broken);
    }

    /// <summary>
    /// The new password, and the links it makes pointless: the "wasn't me" reset link in the notice is
    /// now the only live reset link, and a pending email change must be asked for again.
    /// </summary>
    private async Task SetAsync(UserAccount account, string newPassword, CancellationToken cancellationToken)
    {
        await OneTimeLinks.RevokeAsync(storage, account.Id, [OneTimeLinks.EmailChange], cancellationToken);
        var wasntMe = await resets.IssueLinkAsync(account.Id, cancellationToken);
        var now = time.GetUtcNow();
        await accounts.SetPasswordAsync(account.Id, newPassword, changed => new EmailMessage(
            changed.Email, changed.Language, EmailTemplates.PasswordChanged, new Dictionary<string, string>
            {
                ["time"] = EmailTemplates.RigaTime(now),
                ["resetLink"] = wasntMe,
            }), cancellationToken);
    }
}
