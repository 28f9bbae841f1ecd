using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// Issues password-reset links (valid 60 minutes) and takes them back exactly once. The "this wasn't
/// me" link an old address gets after an email change is a link of its own kind (valid 7 days, holding
/// that address): it opens the same page, and besides a new password brings the address back, so a
/// reset the new address asks for meanwhile can neither supersede it nor keep the account.
/// </summary>
public sealed class PasswordResets(PortalStorage storage, RetentionIndex retention, Outbox outbox, IOptions<PortalOptions> portal, TimeProvider time)
{
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(60);

    public static readonly TimeSpan RevertValidity = TimeSpan.FromDays(7);

    private readonly OneTimeLinks _links = new(storage, retention, time, OneTimeLinks.Reset, Validity);
    private readonly OneTimeLinks _reverts = new(storage, retention, time, OneTimeLinks.EmailRevert, RevertValidity);

    /// <summary>The link for the old address's "this wasn't me": a new password and <paramref name="oldEmail"/> back as the username.</summary>
    public async Task<string> IssueRevertLinkAsync(string userId, string oldEmail, CancellationToken cancellationToken) =>
        LinkFor(await _reverts.IssueAsync(userId, oldEmail, NoEmail, cancellationToken));

    /// <summary>A new token for the user, and the link to put in an email.</summary>
    public async Task<string> IssueLinkAsync(string userId, CancellationToken cancellationToken)
    {
        var token = await _links.IssueAsync(userId, payload: null, NoEmail, cancellationToken);
        return LinkFor(token);
    }

    /// <summary>A new token, written in one transaction with the email that carries its link.</summary>
    public Task IssueAndEmailAsync(UserAccount account, CancellationToken cancellationToken) =>
        _links.IssueAsync(account.Id, payload: null, async (token, partition) => await outbox.PrepareAsync(StorageNames.AccountsTable, partition, new EmailMessage(
            account.Email,
            account.Language,
            EmailTemplates.PasswordReset,
            new Dictionary<string, string>
            {
                ["resetLink"] = LinkFor(token),
                ["validMinutes"] = $"{Validity.TotalMinutes:0}",
            }), cancellationToken), cancellationToken);

    /// <summary>The user a live token belongs to, and the address a "wasn't me" link brings back (null for a reset link), without using it up; null when unknown, used or expired.</summary>
    public async Task<(string UserId, string? RevertTo)?> PeekAsync(string token, CancellationToken cancellationToken) =>
        await _links.PeekAsync(token, cancellationToken) is { IsLive: true } link ? (link.UserId, null)
        : await _reverts.PeekAsync(token, cancellationToken) is { IsLive: true, Payload: { } address } revert ? (revert.UserId, address)
        : null;

    /// <summary>Uses the token up; false when it was not live or someone used it first.</summary>
    public async Task<bool> ConsumeAsync(string token, CancellationToken cancellationToken) =>
        await _links.ConsumeAsync(token, cancellationToken) is not null || await _reverts.ConsumeAsync(token, cancellationToken) is not null;

    /// <summary>For a link whose email the caller writes itself (it goes inside another notice).</summary>
    private static Task<Azure.Data.Tables.TableTransactionAction?> NoEmail(string token, string partition) => Task.FromResult<Azure.Data.Tables.TableTransactionAction?>(null);

    private string LinkFor(string token) => portal.Value.LinkTo($"/reset-password?token={token}");
}
