using Azure;
using Azure.Data.Tables;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// One kind of one-time link (password reset, activation, email change): issued with the email that
/// carries it, taken back once. Of a user's links of one kind only the newest is live: issuing one
/// records it as the user's newest, and a change that makes the others pointless (a new password, a
/// new email) revokes them all (<see cref="RevokeAsync"/>). A link's row is indexed for the retention timer before it is written; the email
/// that carries it is an outbox row with a period of its own.
/// </summary>
public sealed class OneTimeLinks(PortalStorage storage, RetentionIndex retention, TimeProvider time, string kind, TimeSpan validity)
{
    public const string Reset = "reset";
    public const string Activation = "activation";
    public const string EmailChange = "email-change";
    public const string Invitation = "invitation";

    /// <summary>The "this wasn't me" link sent to the old address after an email change: it brings the address back.</summary>
    public const string EmailRevert = "email-revert";

    private const string NewestRow = "newest";
    private const string Revoked = "revoked";

    public TimeSpan Validity => validity;

    /// <summary>Ends every link of these kinds the user holds (the newest is recorded as revoked, so none is the newest).</summary>
    public static async Task RevokeAsync(PortalStorage storage, string userId, IEnumerable<string> kinds, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        foreach (var linkKind in kinds)
        {
            await table.UpsertEntityAsync(new TableEntity(NewestPartition(linkKind, userId), NewestRow) { ["Link"] = Revoked }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private static string NewestPartition(string linkKind, string userId) => $"{linkKind}-newest|{userId}";

    /// <summary>A new token, and the row to write for it (with the email in one transaction, when there is one).</summary>
    public (string Token, TableTransactionAction Row) Prepare(string userId, string? payload = null)
    {
        var token = RandomTokens.New();
        var entity = new OneTimeLinkEntity { PartitionKey = PartitionFor(token), UserId = userId, Payload = payload, ExpiresAt = time.GetUtcNow() + validity };
        return (token, new TableTransactionAction(TableTransactionActionType.Add, entity));
    }

    public string PartitionFor(string token) => $"{kind}|{RandomTokens.Hash(token)}";

    /// <summary>Writes a token with what goes in the same transaction (its email from the outbox).</summary>
    public async Task<string> IssueAsync(string userId, string? payload, Func<string, string, Task<TableTransactionAction?>> withEmail, CancellationToken cancellationToken)
    {
        var (token, row) = Prepare(userId, payload);
        List<TableTransactionAction> actions = [row];
        if (await withEmail(token, row.Entity.PartitionKey) is { } email)
        {
            actions.Add(email);
        }

        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        // Both before the link: a crash in between leaves an index row that finds nothing, and no link live, never an older one.
        var expiresAt = ((OneTimeLinkEntity)row.Entity).ExpiresAt;
        await Task.WhenAll(
            retention.AddAsync(RetentionKind.OneTimeLinks, expiresAt, cancellationToken, new RetentionTarget(StorageNames.AccountsTable, row.Entity.PartitionKey, OneTimeLinkEntity.Row)),
            userId.Length > 0
                ? table.UpsertEntityAsync(new TableEntity(NewestPartition(kind, userId), NewestRow) { ["Link"] = row.Entity.PartitionKey }, TableUpdateMode.Replace, cancellationToken)
                : Task.CompletedTask);
        await table.SubmitTransactionAsync(actions, cancellationToken);
        return token;
    }

    /// <summary>What the token is, without using it up; null when unknown or already used.</summary>
    public async Task<OneTimeLink?> PeekAsync(string token, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(token, cancellationToken);
        if (entity is null || entity.UsedAt is not null)
        {
            return null;
        }

        var newest = await IsNewestAsync(entity, cancellationToken);
        return new OneTimeLink(entity.UserId, entity.Payload, IsLive(entity) && newest, Superseded: !newest);
    }

    /// <summary>Whether the user's newest link of this kind can still be used (issued, not revoked, not used, not expired).</summary>
    public async Task<bool> NewestIsLiveAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var newest = await table.GetEntityIfExistsAsync<TableEntity>(NewestPartition(kind, userId), NewestRow, cancellationToken: cancellationToken);
        if (!newest.HasValue || newest.Value!.GetString("Link") is not { } partition || partition == Revoked)
        {
            return false;
        }

        var link = await table.GetEntityIfExistsAsync<OneTimeLinkEntity>(partition, OneTimeLinkEntity.Row, cancellationToken: cancellationToken);
        return link.HasValue && link.Value is { } entity && IsLive(entity);
    }

    /// <summary>Uses the token up; null when it was not live or someone used it first.</summary>
    public async Task<OneTimeLink?> ConsumeAsync(string token, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(token, cancellationToken);
        if (entity is null || !IsLive(entity) || !await IsNewestAsync(entity, cancellationToken))
        {
            return null;
        }

        entity.UsedAt = time.GetUtcNow();
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return new OneTimeLink(entity.UserId, entity.Payload, IsLive: true);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return null;
        }
    }

    private bool IsLive(OneTimeLinkEntity entity) => entity.UsedAt is null && entity.ExpiresAt > time.GetUtcNow();

    /// <summary>Whether no newer link of this kind was issued to the user since, and none revoked (an invitation has no user: always).</summary>
    private async Task<bool> IsNewestAsync(OneTimeLinkEntity entity, CancellationToken cancellationToken)
    {
        if (entity.UserId.Length == 0)
        {
            return true;
        }

        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var newest = await table.GetEntityIfExistsAsync<TableEntity>(NewestPartition(kind, entity.UserId), NewestRow, cancellationToken: cancellationToken);
        // A link issued before links were recorded has no row to compare with; it expires on its own.
        return !newest.HasValue || newest.Value!.GetString("Link") == entity.PartitionKey;
    }

    private async Task<OneTimeLinkEntity?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<OneTimeLinkEntity>(PartitionFor(token), OneTimeLinkEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }
}
