using Azure;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Identity;

/// <summary>
/// Used assertion ids in the Sessions table, claimed by insert (docs/ARCHITECTURE.md, "Claims by insert"): the first answer with an
/// id writes its row, any later one meets 409. The retention timer deletes the row through its index row, written first, a
/// Sessions period after the assertion could still be valid.
/// </summary>
public sealed class UsedAssertions(PortalStorage storage, RetentionIndex retention, TimeProvider time) : IUsedAssertions
{
    public async Task<bool> TryUseAsync(string provider, string assertionId, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var partition = UsedAssertionEntity.PartitionFor(provider, assertionId);
        await retention.AddAsync(RetentionKind.Sessions, keepUntil, cancellationToken, new RetentionTarget(StorageNames.SessionsTable, partition, UsedAssertionEntity.Row));
        try
        {
            await table.AddEntityAsync(
                new UsedAssertionEntity { PartitionKey = partition, UsedAt = time.GetUtcNow(), KeepUntil = keepUntil }, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }
}
