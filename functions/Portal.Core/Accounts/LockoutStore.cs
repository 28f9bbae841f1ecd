using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// The failed sign-in counts. Every change is a conditional write on the row's ETag and is retried on
/// conflict, so parallel failures all count: twenty wrong attempts at once still lock.
/// </summary>
public sealed class LockoutStore(PortalStorage storage, Outbox outbox, IOptions<AccountOptions> options)
{
    public async Task<LockoutState> ReadAsync(string email, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<LockoutEntity>(LockoutEntity.PartitionFor(email), LockoutEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? entity.ToState() : LockoutState.None;
    }

    /// <summary>
    /// Counts one failure; returns the states before and after it. The failure that locks also puts
    /// <paramref name="lockNotice"/>'s email into the outbox, in the same transaction as the lock.
    /// </summary>
    public async Task<(LockoutState Before, LockoutState After)> RecordFailureAsync(
        string email, DateTimeOffset now, Func<LockoutState, CancellationToken, Task<EmailMessage>>? lockNotice, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = LockoutEntity.PartitionFor(email);
        EmailMessage? notice = null;
        while (true)
        {
            var row = await table.GetEntityIfExistsAsync<LockoutEntity>(partition, LockoutEntity.Row, cancellationToken: cancellationToken);
            var before = row.HasValue && row.Value is { } existing ? existing.ToState() : LockoutState.None;
            var after = before.AfterFailure(now, options.Value);
            var entity = new LockoutEntity { PartitionKey = partition, ConsecutiveFailures = after.ConsecutiveFailures, LockedUntil = after.LockedUntil };
            List<TableTransactionAction> actions =
            [
                row.HasValue && row.Value is { } current
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, entity),
            ];
            if (lockNotice is not null && after.JustLocked(before, now))
            {
                notice ??= await lockNotice(after, cancellationToken);
                actions.Add(await outbox.PrepareAsync(StorageNames.AccountsTable, partition, notice, cancellationToken));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return (before, after);
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another failure was counted meanwhile: read it and count this one on top.
            }
        }
    }

    /// <summary>A successful sign-in (or a password reset) starts the count again.</summary>
    public async Task ResetAsync(string email, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(LockoutEntity.PartitionFor(email), LockoutEntity.Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Nothing was counted.
        }
    }
}
