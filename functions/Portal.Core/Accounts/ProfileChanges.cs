using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Privacy;
using Portal.Core.Registrations;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// The user keeps their own information current (§15.7): phone, address and language at once; a
/// new email - which is also the username - only with the current password and after a link sent
/// to it is opened, and the old address is told, with a "this wasn't me" link.
/// </summary>
public sealed class ProfileChanges(
    AccountStore accounts,
    SessionStore sessions,
    PasswordResets resets,
    Outbox outbox,
    PasswordAttempts attempts,
    AuditTrail audit,
    PortalStorage storage,
    RetentionIndex retention,
    IOptions<PortalOptions> portal,
    TimeProvider time)
{
    public static readonly TimeSpan EmailLinkValidity = TimeSpan.FromHours(24);

    private readonly OneTimeLinks _emailLinks = new(storage, retention, time, OneTimeLinks.EmailChange, EmailLinkValidity);

    /// <param name="session">The session the change is made in: for an account without a password, a recent sign-in through its external provider is the step-up.</param>
    public async Task<Outcome<SavedProfile>> ChangeAsync(UserAccount account, ProfileChange change, PortalSession? session, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var phone = change.Phone?.Trim();
        if (phone is not null && !RegistrationRules.IsPhone(phone))
        {
            errors.Add("phone", "Enter a phone number: digits, spaces, and an optional leading +.");
        }

        var address = change.Address?.Trim();
        if (address is not null && (address.Length == 0 || address.Length > 300))
        {
            errors.Add("address", "Enter the address (at most 300 characters).");
        }

        if (change.Language is not (null or "lv" or "en"))
        {
            errors.Add("language", "Choose lv or en.");
        }

        var email = change.Email is null ? null : EmailAddress.Normalize(change.Email);
        var newEmail = email is not null && email != account.Email ? email : null;
        if (newEmail is not null)
        {
            if (!EmailAddress.IsBare(newEmail))
            {
                errors.Add("email", EmailAddress.Invalid);
            }

            if (account.HasPassword && string.IsNullOrEmpty(change.CurrentPassword))
            {
                errors.Add("currentPassword", "Enter your current password to change the email address (it is also your username).");
            }
            else if (await attempts.StepUpAsync(account, change.CurrentPassword, session, "currentPassword", origin.IpAddress,
                result => audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, AuditActions.EmailChangeRequest, "email", result, origin, cancellationToken),
                cancellationToken) is { } refused)
            {
                // The step-up: checked by the sign-in's rule, counting toward its lockout, and a refusal goes on the user's trail.
                if (refused is not Failure.Invalid)
                {
                    return refused;
                }

                errors.AddAll(refused);
            }
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        var saved = await accounts.UpdateProfileAsync(account.Id, phone, address, change.Language, user => new BackOffice.BackOfficeEvent(
            BackOffice.BackOfficeEventTypes.ProfileChanged, time.GetUtcNow(), new Dictionary<string, string?>
            {
                ["userId"] = user.Id,
                ["phone"] = user.Phone,
                ["address"] = user.Address,
                ["language"] = user.Language,
            }), cancellationToken) ?? account;
        var changed = new[] { ("phone", phone), ("address", address), ("language", change.Language) }.Where(f => f.Item2 is not null).Select(f => f.Item1).ToList();
        if (changed.Count > 0)
        {
            await audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, AuditActions.ProfileChange, string.Join(',', changed), AuditActions.Succeeded, origin, cancellationToken);
        }

        if (newEmail is not null)
        {
            // The link goes to the new address: only its owner can make it the username.
            await _emailLinks.IssueAsync(account.Id, newEmail, async (token, partition) => await outbox.PrepareAsync(StorageNames.AccountsTable, partition, new EmailMessage(
                newEmail, saved.Language, EmailTemplates.EmailChangeConfirm, new Dictionary<string, string>
                {
                    ["newEmail"] = newEmail,
                    ["confirmLink"] = portal.Value.LinkTo($"/confirm-email?token={token}"),
                    ["validHours"] = $"{EmailLinkValidity.TotalHours:0}",
                }), cancellationToken), cancellationToken);
            await audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, AuditActions.EmailChangeRequest, "email", AuditActions.Succeeded, origin, cancellationToken);
        }

        return new SavedProfile(saved, newEmail is not null);
    }

    /// <summary>The link from the new address: the email changes, the old address is told, every session ends.</summary>
    public async Task<Outcome<UserAccount>> ConfirmEmailAsync(string token, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await _emailLinks.ConsumeAsync(token, cancellationToken) is not { Payload: { } newEmail } link
            || await accounts.GetAsync(link.UserId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return Failure.Invalid.Field("token", "The link is not valid: it was used already, or it has expired. Ask for the change again in your profile.");
        }

        var now = time.GetUtcNow();
        var wasntMe = await resets.IssueRevertLinkAsync(account.Id, account.Email, cancellationToken);
        var changed = await accounts.ChangeEmailAsync(account.Id, newEmail, _ => new EmailMessage(account.Email, account.Language, EmailTemplates.EmailChanged, new Dictionary<string, string>
        {
            ["newEmail"] = newEmail,
            ["time"] = EmailTemplates.RigaTime(now),
            ["resetLink"] = wasntMe,
        }), cancellationToken);
        if (!changed)
        {
            return new Failure.Conflict(ProblemTypes.Conflict, "Another account uses this email address now.", "Choose another address in your profile.");
        }

        await sessions.EndAllAsync(account.Id, keepSessionId: null, cancellationToken);
        await audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, AuditActions.EmailChange, "email", AuditActions.Succeeded, origin, cancellationToken);
        return (await accounts.GetAsync(account.Id, cancellationToken))!;
    }
}
