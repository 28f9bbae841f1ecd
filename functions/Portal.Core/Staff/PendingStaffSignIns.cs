using Azure;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Staff;

/// <summary>
/// Staff browser sign-ins under way, keyed by a hash of their state (the state itself is never stored);
/// each is taken once. One never finished is deleted by the retention timer, indexed before it is written.
/// </summary>
public sealed class PendingStaffSignIns(PortalStorage storage, RetentionIndex retention, TimeProvider time)
{
    public async Task AddAsync(string state, PendingStaffSignIn pending, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var partition = PendingStaffSignInEntity.PartitionFor(state);
        await retention.AddAsync(RetentionKind.Sessions, pending.ExpiresAt, cancellationToken, new RetentionTarget(StorageNames.SessionsTable, partition, PendingStaffSignInEntity.Row));
        await table.AddEntityAsync(new PendingStaffSignInEntity
        {
            PartitionKey = partition,
            Nonce = pending.Nonce,
            CodeVerifier = pending.CodeVerifier,
            ReturnTo = pending.ReturnTo,
            ExpiresAt = pending.ExpiresAt,
        }, cancellationToken);
    }

    /// <summary>The sign-in begun with this state, removed as it is read: a replayed callback, or one after it expired, finds nothing.</summary>
    public async Task<PendingStaffSignIn?> TakeAsync(string state, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var partition = PendingStaffSignInEntity.PartitionFor(state);
        var found = await table.GetEntityIfExistsAsync<PendingStaffSignInEntity>(partition, PendingStaffSignInEntity.Row, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } pending)
        {
            return null;
        }

        try
        {
            await table.DeleteEntityAsync(partition, PendingStaffSignInEntity.Row, pending.ETag, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return null;
        }

        return pending.ExpiresAt > time.GetUtcNow() ? new PendingStaffSignIn(pending.Nonce, pending.CodeVerifier, pending.ReturnTo, pending.ExpiresAt) : null;
    }
}
