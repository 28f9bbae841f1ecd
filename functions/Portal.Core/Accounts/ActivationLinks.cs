using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>Activation links (valid 72 hours): where an approved applicant sets their first password.</summary>
public sealed class ActivationLinks(PortalStorage storage, RetentionIndex retention, Outbox outbox, IOptions<PortalOptions> portal, TimeProvider time)
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(72);

    private readonly OneTimeLinks _links = new(storage, retention, time, OneTimeLinks.Activation, Validity);

    /// <summary>A new link, written in one transaction with the email that carries it.</summary>
    public Task IssueAsync(UserAccount account, string template, string clientName, CancellationToken cancellationToken) =>
        _links.IssueAsync(account.Id, payload: null, async (token, partition) => await outbox.PrepareAsync(StorageNames.AccountsTable, partition, new EmailMessage(
            account.Email,
            account.Language,
            template,
            new Dictionary<string, string>
            {
                ["name"] = $"{account.FirstName} {account.LastName}",
                ["client"] = clientName,
                ["activationLink"] = portal.Value.LinkTo($"/activate?token={token}"),
                ["validHours"] = $"{Validity.TotalHours:0}",
            }), cancellationToken), cancellationToken);

    public Task<OneTimeLink?> PeekAsync(string token, CancellationToken cancellationToken) => _links.PeekAsync(token, cancellationToken);

    public Task<bool> NewestIsLiveAsync(string userId, CancellationToken cancellationToken) => _links.NewestIsLiveAsync(userId, cancellationToken);

    public Task<OneTimeLink?> ConsumeAsync(string token, CancellationToken cancellationToken) => _links.ConsumeAsync(token, cancellationToken);
}
