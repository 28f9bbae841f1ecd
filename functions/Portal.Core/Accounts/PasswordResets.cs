using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>Issues password-reset links (valid 60 minutes) and takes them back exactly once.</summary>
public sealed class PasswordResets(PortalStorage storage, Outbox outbox, IOptions<PortalOptions> portal, TimeProvider time)
{
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(60);

    private readonly OneTimeLinks _links = new(storage, time, OneTimeLinks.Reset, Validity);

    /// <summary>A new token for the user, and the link to put in an email.</summary>
    public async Task<string> IssueLinkAsync(string userId, CancellationToken cancellationToken)
    {
        var token = await _links.IssueAsync(userId, payload: null, (_, _) => Task.FromResult<Azure.Data.Tables.TableTransactionAction?>(null), cancellationToken);
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

    /// <summary>The user a live token belongs to, without using it up; null when unknown, used or expired.</summary>
    public async Task<string?> PeekAsync(string token, CancellationToken cancellationToken) =>
        await _links.PeekAsync(token, cancellationToken) is { IsLive: true } link ? link.UserId : null;

    /// <summary>Uses the token up; false when it was not live or someone used it first.</summary>
    public async Task<bool> ConsumeAsync(string token, CancellationToken cancellationToken) =>
        await _links.ConsumeAsync(token, cancellationToken) is not null;

    private string LinkFor(string token) => portal.Value.LinkTo($"/reset-password?token={token}");
}
