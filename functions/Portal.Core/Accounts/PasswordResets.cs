using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>A one-time password-reset token: random, stored as its hash, valid 60 minutes, used once. Partition "reset|{hash}".</summary>
internal sealed class ResetTokenEntity : PortalEntity
{
    public const string Row = "reset";

    public ResetTokenEntity()
    {
        RowKey = Row;
    }

    public string UserId { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public static string PartitionFor(string token) =>
        $"reset|{RandomTokens.Hash(token)}";
}

/// <summary>Issues reset links and takes them back exactly once.</summary>
public sealed class PasswordResets(PortalStorage storage, Outbox outbox, IOptions<PortalOptions> portal, TimeProvider time)
{
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(60);

    /// <summary>A new token for the user, and the link to put in an email.</summary>
    public async Task<string> IssueLinkAsync(string userId, CancellationToken cancellationToken)
    {
        var token = RandomTokens.New();
        await WriteTokenAsync(userId, token, extra: null, cancellationToken);
        return portal.Value.LinkTo($"/reset-password?token={token}");
    }

    /// <summary>A new token, written in one transaction with the email that carries its link.</summary>
    public async Task IssueAndEmailAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var token = RandomTokens.New();
        var partition = ResetTokenEntity.PartitionFor(token);
        var email = await outbox.PrepareAsync(StorageNames.AccountsTable, partition, new EmailMessage(
            account.Email,
            account.Language,
            EmailTemplates.PasswordReset,
            new Dictionary<string, string>
            {
                ["resetLink"] = portal.Value.LinkTo($"/reset-password?token={token}"),
                ["validMinutes"] = $"{Validity.TotalMinutes:0}",
            }), cancellationToken);
        await WriteTokenAsync(account.Id, token, email, cancellationToken);
    }

    /// <summary>The user a live token belongs to, without using it up; null when unknown, used or expired.</summary>
    public async Task<string?> PeekAsync(string token, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(token, cancellationToken);
        return entity is not null && IsLive(entity) ? entity.UserId : null;
    }

    /// <summary>Uses the token up; false when it was not live or someone used it first.</summary>
    public async Task<bool> ConsumeAsync(string token, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(token, cancellationToken);
        if (entity is null || !IsLive(entity))
        {
            return false;
        }

        entity.UsedAt = time.GetUtcNow();
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return false;
        }
    }

    private bool IsLive(ResetTokenEntity entity) => entity.UsedAt is null && entity.ExpiresAt > time.GetUtcNow();

    private async Task<ResetTokenEntity?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<ResetTokenEntity>(ResetTokenEntity.PartitionFor(token), ResetTokenEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task WriteTokenAsync(string userId, string token, TableTransactionAction? extra, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var entity = new ResetTokenEntity { PartitionKey = ResetTokenEntity.PartitionFor(token), UserId = userId, ExpiresAt = time.GetUtcNow() + Validity };
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, entity)];
        if (extra is not null)
        {
            actions.Add(extra);
        }

        await table.SubmitTransactionAsync(actions, cancellationToken);
    }
}
