using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Registrations;
using Portal.Core.Storage;

namespace Portal.Core.Staff;

/// <summary>
/// What ES staff do to users (§5, §12.2, §21, §15.3): find and read them (every read audited), block
/// and restore, end access, unlock sign-in, demand a new password. Each change ends the user's
/// sessions, so it holds from their very next request.
/// </summary>
public sealed class UserAdministration(
    AccountStore accounts,
    SessionStore sessions,
    LockoutStore lockouts,
    ClientStore clients,
    PersonalCodeHmac personalCodes,
    AuditTrail audit,
    TimeProvider time)
{
    public const int MaxResults = 20;
    public const int MaxReasonLength = 2000;

    public async Task<IReadOnlyList<UserAccount>> FindAsync(string query, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        query = query.Trim();
        var code = PersonalCode.Normalize(query);
        var found = await accounts.SearchAsync(query, code is null ? null : personalCodes.Of(code), MaxResults, cancellationToken);
        foreach (var account in found)
        {
            await audit.AppendAsync(AuditTrail.UserChain(account.Id), staff.Actor, clientId: null, AuditActions.StaffRead, "search-result", AuditActions.Succeeded, origin, cancellationToken);
        }

        // The query itself may be a personal code: the staff trail keeps only what kind of search it was.
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.StaffRead,
            $"user-search:{(code is not null ? "personal-code" : query.Contains('@', StringComparison.Ordinal) ? "email" : "name")}:{string.Join(',', found.Select(a => a.Id))}",
            AuditActions.Succeeded, origin, cancellationToken);
        return found;
    }

    public async Task<UserDetails?> GetAsync(string userId, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await ReadableAsync(userId, cancellationToken) is not { } account)
        {
            return null;
        }

        await RecordReadAsync(account.Id, "profile", staff, origin, cancellationToken);
        return new UserDetails(account, await lockouts.ReadAsync(account.Email, cancellationToken), await clients.MembershipsAsync(account.Id, cancellationToken));
    }

    public async Task<(IReadOnlyList<AuditRecord> Items, string? ContinuationToken)?> TrailAsync(
        string userId, int pageSize, string? continuationToken, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await ReadableAsync(userId, cancellationToken) is not { } account)
        {
            return null;
        }

        // Recorded before it is read, so the staff member sees their own read at the top.
        await RecordReadAsync(account.Id, "activity", staff, origin, cancellationToken);
        return await audit.ReadAsync(AuditTrail.UserChain(account.Id), pageSize, continuationToken, cancellationToken);
    }

    private static Failure NoSuchUser => new Failure.NotFound("There is no such user.");

    public Task<Outcome<UserAccount>> BlockAsync(string userId, string? reason, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken) =>
        ChangeStatusAsync(userId, AccountStatus.Blocked, reason, EmailTemplates.AccessBlocked, AuditActions.AccountBlock, staff, origin, cancellationToken);

    public Task<Outcome<UserAccount>> UnblockAsync(string userId, string? reason, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken) =>
        ChangeStatusAsync(userId, AccountStatus.Active, reason, EmailTemplates.AccessRestored, AuditActions.AccountUnblock, staff, origin, cancellationToken);

    public async Task<Outcome<UserAccount>> TerminateAsync(string userId, string? reason, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (reason is null || !TerminationReasons.All.Contains(reason))
        {
            return Failure.Invalid.Field("reason", $"Choose one of the reasons of §21: {string.Join(", ", TerminationReasons.All)}.");
        }

        return await ChangeStatusAsync(userId, AccountStatus.Terminated, reason, EmailTemplates.AccessTerminated, AuditActions.AccountTerminate, staff, origin, cancellationToken);
    }

    public async Task<Outcome<UserAccount>> UnlockAsync(string userId, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await accounts.GetAsync(userId, cancellationToken) is not { } account)
        {
            return NoSuchUser;
        }

        await lockouts.UnlockAsync(account.Email, cancellationToken);
        await RecordAsync(account.Id, AuditActions.AccountUnlock, "", staff, origin, cancellationToken);
        return account;
    }

    public async Task<Outcome<UserAccount>> DemandPasswordChangeAsync(string userId, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var account = await accounts.DemandPasswordChangeAsync(userId, user => new EmailMessage(
            user.Email, user.Language, EmailTemplates.PasswordChangeDemanded, new Dictionary<string, string>()), cancellationToken);
        if (account is null)
        {
            return NoSuchUser;
        }

        await sessions.EndAllAsync(account.Id, keepSessionId: null, cancellationToken);
        await RecordAsync(account.Id, AuditActions.PasswordChangeDemand, "", staff, origin, cancellationToken);
        return account;
    }

    private async Task<Outcome<UserAccount>> ChangeStatusAsync(
        string userId, AccountStatus status, string? reason, string template, string action, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return Failure.Invalid.Field("reason", string.IsNullOrEmpty(reason) ? "Give the reason: it is recorded, and the user is told." : $"At most {MaxReasonLength} characters.");
        }

        var before = await accounts.GetAsync(userId, cancellationToken);
        if (before is null)
        {
            return NoSuchUser;
        }

        if (before.Status == AccountStatus.Terminated || before.Status == status || (status == AccountStatus.Active && before.Status != AccountStatus.Blocked))
        {
            return new Failure.Conflict(ProblemTypes.Conflict, "This does not apply to the user now.", $"The access is {before.Status.ToString().ToLowerInvariant()}.");
        }

        var now = time.GetUtcNow();
        var account = await accounts.SetStatusAsync(userId, status, reason, user => new EmailMessage(user.Email, user.Language, template, new Dictionary<string, string>
        {
            ["time"] = EmailTemplates.RigaTime(now),
            ["reason"] = status == AccountStatus.Terminated ? TerminationReasons.Describe(reason, user.Language) : reason,
        }), cancellationToken);
        await sessions.EndAllAsync(userId, keepSessionId: null, cancellationToken);
        await RecordAsync(userId, action, reason, staff, origin, cancellationToken);
        return account!;
    }

    /// <summary>Staff may read any account but one still waiting for activation has nothing of the user's yet beyond the application.</summary>
    private Task<UserAccount?> ReadableAsync(string userId, CancellationToken cancellationToken) =>
        !PortalIds.IsValid(userId) ? Task.FromResult<UserAccount?>(null) : accounts.GetAsync(userId, cancellationToken);

    private async Task RecordReadAsync(string userId, string what, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(AuditTrail.UserChain(userId), staff.Actor, clientId: null, AuditActions.StaffRead, what, AuditActions.Succeeded, origin, cancellationToken);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.StaffRead, $"{what}:{userId}", AuditActions.Succeeded, origin, cancellationToken);
    }

    /// <summary>A staff action goes into the user's trail (with the reason) and the staff member's own.</summary>
    private async Task RecordAsync(string userId, string action, string reason, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var target = reason.Length == 0 ? userId : $"{userId}: {reason}";
        await audit.AppendAsync(AuditTrail.UserChain(userId), staff.Actor, clientId: null, action, target, AuditActions.Succeeded, origin, cancellationToken);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, action, target, AuditActions.Succeeded, origin, cancellationToken);
    }
}
