using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// The password attempt counts (<see cref="LockoutState"/>). Every change is a conditional write on the
/// row's ETag, retried on conflict within <see cref="Contention"/>'s bound, so attempts made at once are
/// all counted, and one that would pass the threshold is refused before its password is checked. The
/// row is never deleted while it still decides anything: a success or an unlock changes it.
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

    /// <summary>Counts an attempt before its password is checked; null when none may be checked now (locked, or the threshold reached).</summary>
    public async Task<LockoutReservation?> ReserveAsync(string email, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChangeAsync(email, known: null, state => state.Reserve(now, options.Value), alongside: null, cancellationToken) is { } changed
            ? new LockoutReservation(email, changed.After, changed.ETag)
            : null;

    /// <summary>
    /// A counted attempt failed; returns the states before and after. The failure that reaches the
    /// threshold locks, and puts <paramref name="lockNotice"/>'s email into the outbox in the same transaction.
    /// </summary>
    public async Task<(LockoutState Before, LockoutState After)> RecordFailureAsync(
        LockoutReservation reserved, DateTimeOffset now, Func<LockoutState, CancellationToken, Task<EmailMessage>>? lockNotice, CancellationToken cancellationToken)
    {
        var partition = LockoutEntity.PartitionFor(reserved.Email);
        EmailMessage? notice = null;
        var changed = await ChangeAsync(reserved.Email, reserved, state => state.AfterFailure(now, options.Value), async (before, after) =>
        {
            if (!after.JustLocked(before, now))
            {
                return [];
            }

            // Indexed by when the lock ends, so the tidy-up finds it without a scan; written first, harmless if the lock never commits.
            await IndexLockAsync(partition, after.LockedUntil!.Value, cancellationToken);
            if (lockNotice is null)
            {
                return [];
            }

            notice ??= await lockNotice(after, cancellationToken);
            return [await outbox.PrepareAsync(StorageNames.AccountsTable, partition, notice, cancellationToken)];
        }, cancellationToken);
        return (changed!.Value.Before, changed.Value.After);
    }

    /// <summary>A counted attempt succeeded: the failures start again, a lock made meanwhile by other attempts stays.</summary>
    public Task RecordSuccessAsync(LockoutReservation reserved, CancellationToken cancellationToken) =>
        ChangeAsync(reserved.Email, reserved, state => state.AfterSuccess(), alongside: null, cancellationToken);

    /// <summary>Staff unlocked the email, or its password was reset: no lock and no failures, while attempts being checked stay counted.</summary>
    public Task UnlockAsync(string email, CancellationToken cancellationToken) =>
        ChangeAsync(email, known: null, state => state.Unlocked(), alongside: null, cancellationToken);

    /// <summary>
    /// Every change of the row: read, decide, write on its ETag (or insert), again on a conflict, so
    /// attempts made at once are all counted. Null when <paramref name="change"/> refuses; no write when
    /// it changes nothing. <paramref name="alongside"/> adds writes to the same transaction. With
    /// <paramref name="known"/> (what this attempt's reservation wrote) the first try writes on its ETag unread.
    /// </summary>
    private async Task<(LockoutState Before, LockoutState After, ETag? ETag)?> ChangeAsync(
        string email,
        LockoutReservation? known,
        Func<LockoutState, LockoutState?> change,
        Func<LockoutState, LockoutState, Task<IReadOnlyList<TableTransactionAction>>>? alongside,
        CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = LockoutEntity.PartitionFor(email);
        var conflicts = 0;
        while (true)
        {
            var unread = known is { ETag: not null };
            LockoutEntity? current;
            if (unread)
            {
                current = LockoutEntity.Of(partition, known!.State);
                current.ETag = known.ETag!.Value;
            }
            else
            {
                var row = await table.GetEntityIfExistsAsync<LockoutEntity>(partition, LockoutEntity.Row, cancellationToken: cancellationToken);
                current = row.HasValue ? row.Value : null;
            }

            known = null;
            var before = current?.ToState() ?? LockoutState.None;
            if (change(before) is not { } after)
            {
                return null;
            }

            if (after == before)
            {
                return (before, after, current?.ETag);
            }

            var entity = LockoutEntity.Of(partition, after);
            List<TableTransactionAction> actions =
            [
                current is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.ETag),
            ];
            if (alongside is not null)
            {
                actions.AddRange(await alongside(before, after));
            }

            try
            {
                var written = await table.WriteAllAsync(actions, cancellationToken);
                return (before, after, written[0].Headers.ETag);
            }
            catch (RequestFailedException exception) when (unread && exception.Status is 404 or 409 or 412)
            {
                // Changed since the reservation (another attempt, a staff unlock, the tidy-up): read it now, no wait.
                continue;
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                // Another attempt was counted or ended meanwhile: read it and change on top.
                await Contention.BeforeRetryAsync(++conflicts, "The sign-in attempt count", cancellationToken);
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
                    if (!lockout.ToState().IsSpent(now, options.Value))
                    {
                        // Still locked, or counting again since: it decides the next attempts, so it stays, and so does its index row.
                        continue;
                    }

                    try
                    {
                        await table.DeleteEntityAsync(lockout.PartitionKey, lockout.RowKey, lockout.ETag, cancellationToken);
                        cleared++;
                    }
                    catch (RequestFailedException exception) when (exception.Status is 404 or 412)
                    {
                        // Changed or gone meanwhile: the next run reads it again.
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
}
