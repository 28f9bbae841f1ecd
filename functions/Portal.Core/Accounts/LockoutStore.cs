using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// The sign-in attempt counts (<see cref="LockoutState"/>). Every change is a conditional write on the
/// row's ETag and is retried on conflict, so attempts made at once are all counted, and the one that
/// would pass the threshold is refused before its password is checked.
/// </summary>
public sealed class LockoutStore(PortalStorage storage, Outbox outbox, IOptions<AccountOptions> options, TimeProvider time)
{
    /// <summary>How far back the tidy-up looks for ended locks: a tidy-up missed for longer leaves rows that still decide nothing.</summary>
    public static readonly TimeSpan TidyWindow = TimeSpan.FromHours(48);

    public async Task<LockoutState> ReadAsync(string email, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<LockoutEntity>(LockoutEntity.PartitionFor(email), LockoutEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? entity.ToState() : LockoutState.None;
    }

    /// <summary>Counts an attempt before its password is checked; false when none may be checked now (locked, or the threshold's attempts counted).</summary>
    public async Task<bool> ReserveAsync(string email, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = LockoutEntity.PartitionFor(email);
        while (true)
        {
            var row = await table.GetEntityIfExistsAsync<LockoutEntity>(partition, LockoutEntity.Row, cancellationToken: cancellationToken);
            var before = row.HasValue && row.Value is { } existing ? existing.ToState() : LockoutState.None;
            if (before.Reserve(now, options.Value) is not { } after)
            {
                return false;
            }

            var entity = new LockoutEntity { PartitionKey = partition, ConsecutiveFailures = after.ConsecutiveFailures, LockedUntil = after.LockedUntil, LastAttemptAt = after.LastAttemptAt };
            try
            {
                if (row.HasValue && row.Value is { } current)
                {
                    await table.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }

                return true;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another attempt was counted meanwhile: read it and count this one on top.
            }
        }
    }

    /// <summary>
    /// A counted attempt failed; returns the states before and after. The attempt was counted when it
    /// started, so only the failure that reaches the threshold changes the row: it locks, and puts
    /// <paramref name="lockNotice"/>'s email into the outbox in the same transaction.
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
            if (after == before)
            {
                return (before, after);
            }

            var entity = new LockoutEntity { PartitionKey = partition, ConsecutiveFailures = after.ConsecutiveFailures, LockedUntil = after.LockedUntil, LastAttemptAt = after.LastAttemptAt };
            List<TableTransactionAction> actions =
            [
                row.HasValue && row.Value is { } current
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, entity),
            ];
            if (after.JustLocked(before, now))
            {
                // Indexed by when the lock ends, so the tidy-up finds it without a scan; written first, harmless if the lock never commits.
                await IndexLockAsync(partition, after.LockedUntil!.Value, cancellationToken);
            }

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

    /// <summary>
    /// The lockout-reset timer's work: deletes lock rows whose lock has ended, read from the time index
    /// (one partition per hour), never from a scan. Sign-in never needs it: it decides from the stored times.
    /// </summary>
    public async Task<int> ClearEndedLocksAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var index = await storage.TableAsync(StorageNames.LockoutIndexTable, cancellationToken);
        var now = time.GetUtcNow();
        var cleared = 0;
        for (var hour = Hour(now - TidyWindow); hour <= now; hour = hour.AddHours(1))
        {
            var bucket = BucketOf(hour);
            await foreach (var entry in index.QueryAsync<TableEntity>(e => e.PartitionKey == bucket, cancellationToken: cancellationToken))
            {
                var row = await table.GetEntityIfExistsAsync<LockoutEntity>(entry.RowKey, LockoutEntity.Row, cancellationToken: cancellationToken);
                if (row.HasValue && row.Value is { } lockout)
                {
                    if (lockout.LockedUntil is { } until && until > now)
                    {
                        // Locked again since (the index row for that lock ends later): leave it.
                        continue;
                    }

                    try
                    {
                        await table.DeleteEntityAsync(lockout.PartitionKey, lockout.RowKey, lockout.ETag, cancellationToken);
                        cleared++;
                    }
                    catch (RequestFailedException exception) when (exception.Status is 404 or 412)
                    {
                        // Changed or gone meanwhile: a new failure counts from the stored times anyway.
                        continue;
                    }
                }

                await index.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
            }
        }

        return cleared;
    }

    private async Task IndexLockAsync(string lockoutPartition, DateTimeOffset lockedUntil, CancellationToken cancellationToken)
    {
        var index = await storage.TableAsync(StorageNames.LockoutIndexTable, cancellationToken);
        await index.UpsertEntityAsync(new TableEntity(BucketOf(lockedUntil), lockoutPartition), TableUpdateMode.Replace, cancellationToken);
    }

    private static DateTimeOffset Hour(DateTimeOffset instant) =>
        new(instant.UtcDateTime.Year, instant.UtcDateTime.Month, instant.UtcDateTime.Day, instant.UtcDateTime.Hour, 0, 0, TimeSpan.Zero);

    private static string BucketOf(DateTimeOffset instant) => Hour(instant).ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);

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
