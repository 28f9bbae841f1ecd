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
    IPasswordHasher<UserAccount> hasher,
    AuditTrail audit,
    Throttle throttle,
    IOptions<ThrottlingOptions> limits,
    PortalStorage storage,
    TimeProvider time)
{
    private static Failure InvalidLink =>
        Failure.Invalid.Field("token", "The link is not valid: it was used already, or it has expired. Ask for a new one.");

    /// <summary>The signed-in user's new password: every session ends, and this browser gets a new one (a new token).</summary>
    public async Task<Outcome<IssuedSession>> ChangeAsync(
        UserAccount account, string currentPassword, string newPassword, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            await RecordAsync(account, AuditActions.PasswordChange, AuditActions.Failed, origin, cancellationToken);
            return Failure.Invalid.Field("currentPassword", "The current password is wrong.");
        }

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
        var userId = await resets.PeekAsync(token, cancellationToken);
        var account = userId is null ? null : await accounts.GetAsync(userId, cancellationToken);
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

        await SetAsync(account, newPassword, cancellationToken);
        await lockouts.ResetAsync(account.Email, cancellationToken);
        await sessions.EndAllAsync(account.Id, keepSessionId: null, cancellationToken);
        await RecordAsync(account, AuditActions.PasswordReset, AuditActions.Succeeded, origin, cancellationToken);
        return Done.Instance;
    }

    /// <summary>
    /// Sends a reset link if the email has an active account; says nothing either way (§13). Refused
    /// only when this IP address asked too often; too many requests for one email send nothing more.
    /// </summary>
    public async Task<Outcome<Done>> RequestResetAsync(string email, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (!await throttle.TryHitAsync($"reset-ip|{origin.IpAddress}", limits.Value.LinkRequestsPerIpPerHour, TimeSpan.FromHours(1), cancellationToken))
        {
            return new Failure.Throttled();
        }

        var account = await accounts.FindByEmailAsync(email, cancellationToken);
        if (account is { Status: AccountStatus.Active }
            && await throttle.TryHitAsync($"reset-email|{EmailAddress.Key(email)}", limits.Value.LinkRequestsPerEmailPerHour, TimeSpan.FromHours(1), cancellationToken))
        {
            await resets.IssueAndEmailAsync(account, cancellationToken);
            await RecordAsync(account, AuditActions.PasswordResetRequest, AuditActions.Succeeded, origin, cancellationToken);
        }

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
