using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>
/// How the back office's records reach storage. A batch is grouped by client; each client's records
/// are applied in the order given, to one partition, as few entity-group transactions as fit (at
/// most 100 actions each), every one carrying the aggregate row under its ETag - so an aggregate is
/// exact after each commit, and a concurrent writer makes the loser read again and retry.
/// </summary>
internal static class PartitionFeed
{
    public const int MaxActions = 100;
    private const int Parallelism = 16;

    /// <summary>Passes over one client's records, beyond one per record, before giving up: each follows another writer's commit.</summary>
    private const int MaxConflicts = 50;

    /// <summary>
    /// Validates each record, refuses repeats of an external id within the batch, finds each record's
    /// client (the client must be fed first) and hands each client's records, in order and validated,
    /// to <paramref name="apply"/>; different clients side by side.
    /// </summary>
    public static async Task<IReadOnlyList<FeedResult>> ByClientAsync<TRecord, TValid>(
        ClientStore clients,
        IReadOnlyList<TRecord> records,
        Func<TRecord, Outcome<TValid>> validate,
        Func<Client, IReadOnlyList<Fed<TRecord, TValid>>, FeedResult?[], CancellationToken, Task> apply,
        CancellationToken cancellationToken)
        where TRecord : IFeedRecord
        where TValid : IValidFeedRecord
    {
        var results = new FeedResult?[records.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<Fed<TRecord, TValid>>();
        for (var i = 0; i < records.Count; i++)
        {
            var validated = validate(records[i]);
            if (validated.Failure is not null)
            {
                results[i] = FeedResult.Rejected(records[i].ExternalId ?? "", validated.Failure);
            }
            else if (!seen.Add(validated.Value.ExternalId))
            {
                results[i] = FeedResult.RepeatedInBatch(validated.Value.ExternalId);
            }
            else
            {
                work.Add(new(i, records[i], validated.Value));
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(work.GroupBy(w => w.Valid.ClientExternalId), options, async (group, token) =>
        {
            if (await clients.GetByExternalIdAsync(group.Key, token) is { } client)
            {
                await apply(client, [.. group], results, token);
            }
            else
            {
                foreach (var fed in group)
                {
                    results[fed.Index] = FeedResult.Rejected(fed.Valid.ExternalId, "clientExternalId", "No client has this external id: feed the client first.");
                }
            }
        });
        return [.. results.Select(r => r!)];
    }

    /// <summary>
    /// Binds each record's external id to the client (row "{externalId}" of partition <see cref="ClaimPartition"/>
    /// of the FeedClaims table): a record cannot move to another client. Answers the records that may go on, each marked
    /// when this claim was its first (a record is written only after its claim). The claims that share a
    /// partition go in one transaction; when one of them is held already (409), each is claimed alone.
    /// </summary>
    public static async Task<IReadOnlyList<FeedItem<T>>> ClaimAsync<T>(
        PortalStorage storage, string kind, string clientId, IReadOnlyList<FeedItem<T>> items, FeedResult?[] results, CancellationToken cancellationToken)
        where T : IValidFeedRecord
    {
        var table = await storage.TableAsync(StorageNames.FeedClaimsTable, cancellationToken);
        var moved = new ConcurrentDictionary<int, bool>();
        var first = new ConcurrentDictionary<int, bool>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        var together = items.GroupBy(item => ClaimPartition(kind, item.ExternalId)).SelectMany(group => group.Chunk(MaxActions));
        await Parallel.ForEachAsync(together, options, async (chunk, token) =>
        {
            if (chunk.Length > 1 && await ClaimTogetherAsync(table, kind, clientId, chunk, token))
            {
                Array.ForEach(chunk, item => first[item.Index] = true);
                return;
            }

            await Parallel.ForEachAsync(chunk, options, async (item, itemToken) =>
            {
                if (await ClaimAloneAsync(table, kind, clientId, item.ExternalId, itemToken) is not { } owner)
                {
                    first[item.Index] = true;
                }
                else if (owner != clientId)
                {
                    moved[item.Index] = true;
                    results[item.Index] = FeedResult.Rejected(item.ExternalId, "clientExternalId", $"This {kind} belongs to another client; it cannot move.");
                }
            });
        });
        return [.. items.Where(i => !moved.ContainsKey(i.Index)).Select(i => i with { FirstSeen = first.ContainsKey(i.Index) })];
    }

    /// <summary>Claims every item of one claim partition in one transaction; false when one of them is claimed already.</summary>
    private static async Task<bool> ClaimTogetherAsync<T>(TableClient table, string kind, string clientId, IEnumerable<FeedItem<T>> items, CancellationToken cancellationToken)
        where T : IValidFeedRecord
    {
        try
        {
            await table.SubmitTransactionAsync(items.Select(item => new TableTransactionAction(TableTransactionActionType.Add, Claim(kind, clientId, item.ExternalId))), cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Claims one external id: null when this claim was its first, else the client that holds it.</summary>
    private static async Task<string?> ClaimAloneAsync(TableClient table, string kind, string clientId, string externalId, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(Claim(kind, clientId, externalId), cancellationToken);
            return null;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return (await table.GetEntityAsync<ExternalIdClaimEntity>(ClaimPartition(kind, externalId), externalId, cancellationToken: cancellationToken)).Value.ClientId;
        }
    }

    private static ExternalIdClaimEntity Claim(string kind, string clientId, string externalId) =>
        new() { PartitionKey = ClaimPartition(kind, externalId), RowKey = externalId, ClientId = clientId };

    /// <summary>How many partitions each kind's claims are spread over: a batch's claims need that many transactions at most, and no one partition takes them all.</summary>
    private const int ClaimPartitions = 4;

    /// <summary>The partition of an external id's claim, "{kind}-ext|{0-3}": the first byte of the id's SHA-256 (UTF-8) decides.</summary>
    internal static string ClaimPartition(string kind, string externalId) =>
        $"{kind}-ext|{SHA256.HashData(Encoding.UTF8.GetBytes(externalId))[0] % ClaimPartitions}";

    /// <summary>The client an external id was claimed for; null when none was.</summary>
    public static async Task<string?> OwnerAsync(PortalStorage storage, string kind, string externalId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.FeedClaimsTable, cancellationToken);
        var owner = await table.GetEntityIfExistsAsync<ExternalIdClaimEntity>(ClaimPartition(kind, externalId), externalId, cancellationToken: cancellationToken);
        return owner.HasValue ? owner.Value?.ClientId : null;
    }

    /// <summary>Writes the items to the partition in order (see the class); every item ends with a result.</summary>
    public static async Task WriteAsync<TRecord, TEntity, TAggregate>(
        TableClient table,
        string partition,
        string rowPrefix,
        IReadOnlyList<FeedItem<TRecord>> items,
        FeedResult?[] results,
        Func<TRecord, TEntity?, int> actionsFor,
        AggregateRow<TAggregate>? aggregateRow,
        PlanRecord<TRecord, TEntity, TAggregate> plan,
        CancellationToken cancellationToken)
        where TRecord : IValidFeedRecord
        where TEntity : VersionedEntity
        where TAggregate : PortalEntity
    {
        var pending = items;
        var firstPass = true;
        for (var pass = 1; pending.Count > 0; pass++)
        {
            if (pass > items.Count + MaxConflicts)
            {
                throw new InvalidOperationException($"The partition {partition} kept changing under {pending.Count} records for {pass - 1} passes.");
            }

            // After a conflict every record is read again: another writer may have written any of them.
            var held = await ReadManyAsync<TEntity>(table, partition, pending.Where(p => !(firstPass && p.FirstSeen)).Select(p => rowPrefix + p.ExternalId), cancellationToken);
            firstPass = false;
            var aggregate = aggregateRow is null ? null : await ReadAsync<TAggregate>(table, partition, aggregateRow.RowKey, cancellationToken);
            var aggregateExists = aggregate is not null;
            if (aggregateRow is not null && aggregate is null)
            {
                aggregate = aggregateRow.Create();
                aggregate.PartitionKey = partition;
                aggregate.RowKey = aggregateRow.RowKey;
            }

            var actions = new List<TableTransactionAction>();
            var planned = new List<(int Index, string ExternalId, bool Created)>();
            var conflict = false;

            // Commits what is planned. False: what is planned next must start from a fresh read (another
            // writer got there first, or the aggregate's new ETag is not known).
            async Task<bool> CommitAsync()
            {
                if (actions.Count == 0)
                {
                    return true;
                }

                await DropMissingDeletesAsync(table, actions, cancellationToken);
                var aggregateAt = -1;
                if (aggregate is not null)
                {
                    aggregateRow!.Pack(aggregate);
                    aggregateAt = actions.Count;
                    actions.Add(aggregateExists ? new(TableTransactionActionType.UpdateReplace, aggregate, aggregate.ETag) : new(TableTransactionActionType.Add, aggregate));
                }

                try
                {
                    var responses = await table.SubmitTransactionAsync(actions, cancellationToken);
                    foreach (var (index, externalId, created) in planned)
                    {
                        results[index] = new FeedResult(externalId, created ? FeedStatus.Created : FeedStatus.Updated, new FieldErrors());
                    }

                    actions.Clear();
                    planned.Clear();
                    if (aggregate is null)
                    {
                        return true;
                    }

                    aggregateExists = true;
                    if (responses.Value[aggregateAt].Headers.ETag is not { } etag)
                    {
                        return false;
                    }

                    aggregate.ETag = etag;
                    return true;
                }
                catch (TableTransactionFailedException exception) when (exception.Status is 404 or 409 or 412)
                {
                    // Another writer got there first (or moved a row we delete): what is not committed is read and planned again.
                    return false;
                }
            }

            foreach (var item in pending)
            {
                var row = held.GetValueOrDefault(rowPrefix + item.ExternalId);
                if (Decide(row, item) is { } decided)
                {
                    results[item.Index] = decided;
                    continue;
                }

                if (actions.Count + actionsFor(item.Record, row) + (aggregate is null ? 0 : 1) > MaxActions && !await CommitAsync())
                {
                    conflict = true;
                    break;
                }

                var mine = new List<TableTransactionAction>();
                if (!await plan(item, row, aggregate, actions.Count == 0, mine))
                {
                    // It needs everything before it committed, and then a fresh read.
                    conflict = !await CommitAsync();
                    break;
                }

                actions.AddRange(mine);
                planned.Add((item.Index, item.ExternalId, row is null));
            }

            if (!conflict)
            {
                await CommitAsync();
            }

            pending = [.. pending.Where(p => results[p.Index] is null)];
        }
    }

    /// <summary>
    /// A moved key's old index row is deleted in the record's transaction; one that is not there (a row
    /// from before its index existed) would fail the whole transaction, so it is left out.
    /// </summary>
    private static async Task DropMissingDeletesAsync(TableClient table, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        foreach (var delete in actions.Where(a => a.ActionType == TableTransactionActionType.Delete).ToList())
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(delete.Entity.PartitionKey, delete.Entity.RowKey, select: ["PartitionKey"], cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                actions.Remove(delete);
            }
        }
    }

    /// <summary>The outcome when nothing is to be written: a replay, an older version, or a conflict; null when the record is new or newer.</summary>
    public static FeedResult? Decide<T>(VersionedEntity? held, FeedItem<T> item)
        where T : IValidFeedRecord =>
        held is null ? null : Decide(item.ExternalId, held.Version, held.ContentHash, item.Record.Version, item.Hash);

    /// <summary>The rule itself, for a record held as <paramref name="heldVersion"/> with <paramref name="heldHash"/>: null when <paramref name="version"/> is newer.</summary>
    public static FeedResult? Decide(string externalId, long heldVersion, string? heldHash, long version, string hash) =>
        version < heldVersion ? new FeedResult(externalId, FeedStatus.Stale, new FieldErrors())
        : version > heldVersion ? null
        : heldHash == hash ? new FeedResult(externalId, FeedStatus.Unchanged, new FieldErrors())
        : FeedResult.Rejected(externalId, "version", $"Version {heldVersion} is held with other content: a change needs a higher version.");

    public static async Task<T?> ReadAsync<T>(TableClient table, string partition, string row, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var found = await table.GetEntityIfExistsAsync<T>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Changes a fed record's row and writes its index copies anew, in one transaction, on the newest version: when a
    /// newer version lands meanwhile (409 or 412) it is read and changed instead. False when the row is not there
    /// (its claim was made but its first write failed). A stored document marks its record this way.
    /// </summary>
    internal static async Task<bool> MarkAsync<T>(
        TableClient table, string partition, string row, Action<T> mark, Func<T, IEnumerable<ITableEntity>> indexCopies, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        while (await ReadAsync<T>(table, partition, row, cancellationToken) is { } entity)
        {
            mark(entity);
            List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, entity, entity.ETag)];
            actions.AddRange(indexCopies(entity).Select(copy => new TableTransactionAction(TableTransactionActionType.UpsertReplace, copy)));
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return true;
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412)
            {
                // A newer version landed meanwhile: mark that one.
            }
        }

        return false;
    }

    /// <summary>Point reads side by side (a range query would read the whole partition).</summary>
    internal static async Task<Dictionary<string, T>> ReadManyAsync<T>(TableClient table, string partition, IEnumerable<string> rows, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var found = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (row, token) =>
        {
            if (await ReadAsync<T>(table, partition, row, token) is { } entity)
            {
                found[row] = entity;
            }
        });
        return new Dictionary<string, T>(found, StringComparer.Ordinal);
    }
}
