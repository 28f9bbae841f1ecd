using Portal.Core.Storage;
using Portal.Core.BackOffice;
using Portal.Core.Billing;

namespace Portal.Core.Permits;

/// <summary>What the permit pages read: a page of index rows by number (of all or of one service kind), or one permit's row.</summary>
public sealed class PermitViews(PortalStorage storage)
{
    /// <summary>Storage pages a search reads through for one page of matches, at most.</summary>
    public const int MaxSearchReads = 10;

    /// <summary>
    /// One page of the client's permits by number (of all or of one service kind). A search reads the same index
    /// rows with the call sign and the frequency span as storage filters within the client's partition, and
    /// matches the text (number prefix, station name or place) and the exact frequencies as the rows come:
    /// whole storage pages, so a page may hold a few more than asked or, after <see cref="MaxSearchReads"/>
    /// reads, fewer, and the token goes on from where the reading stopped.
    /// </summary>
    public async Task<(IReadOnlyList<PermitSummary> Items, string? ContinuationToken)> PermitsAsync(
        string clientId, PermitQuery query, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        var filter = query.Filter(PermitKeys.Partition(clientId), query.Service is not { } kind ? PermitKeys.ByNumberPrefix : $"{PermitKeys.ByServicePrefix}{kind.Text()}|");
        var found = new List<PermitSummary>();
        for (var read = 0; read < (query.Searches ? MaxSearchReads : 1); read++)
        {
            var (rows, next) = await table.FilteredPageAsync<PermitEntity>(filter, pageSize, continuationToken, cancellationToken);
            found.AddRange(rows.Where(query.Matches).Select(Summary));
            continuationToken = next;
            if (next is null || found.Count >= pageSize)
            {
                break;
            }
        }

        return (found, continuationToken);
    }

    /// <summary>The client's valid permits whose end date falls on <paramref name="from"/> to <paramref name="to"/>, soonest first: one range of the end-date index.</summary>
    public async Task<IReadOnlyList<PermitSummary>> ExpiringAsync(string clientId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        var partition = PermitKeys.Partition(clientId);
        var (low, high) = ($"{PermitKeys.ByExpiryPrefix}{BillingKeys.Date(from)}|", $"{PermitKeys.ByExpiryPrefix}{BillingKeys.Date(to)}}}");
        var valid = PermitStatus.Valid.Text();
        var found = new List<PermitSummary>();
        await foreach (var row in table.QueryAsync<PermitEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(low) >= 0 && e.RowKey.CompareTo(high) < 0 && e.Status == valid, cancellationToken: cancellationToken))
        {
            found.Add(Summary(row));
        }

        return found;
    }

    private static PermitSummary Summary(PermitEntity row) => new(
        row.ExternalId, row.Number, Vocabulary<ServiceKind>.Stored(row.ServiceKind), Vocabulary<PermitStatus>.Stored(row.Status), BillingKeys.ParseDate(row.ValidFrom),
        row.ValidTo is { } end ? BillingKeys.ParseDate(end) : null, row.CallSign, row.StationCount, row.LowestMHz, row.HighestMHz, row.DocumentKind is not null);

    /// <summary>The permit with its technical parameters; null when the client has no permit with this id.</summary>
    public async Task<Permit?> PermitAsync(string clientId, string permitId, CancellationToken cancellationToken)
    {
        if (!StorageKeys.IsUsable(permitId, 100))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        if (await PartitionFeed.ReadAsync<PermitEntity>(table, PermitKeys.Partition(clientId), PermitKeys.PermitPrefix + permitId, cancellationToken) is not { } row)
        {
            return null;
        }

        return new Permit(
            row.ExternalId, row.Number, Vocabulary<ServiceKind>.Stored(row.ServiceKind), Vocabulary<PermitStatus>.Stored(row.Status), BillingKeys.ParseDate(row.ValidFrom), row.ValidTo is { } end ? BillingKeys.ParseDate(end) : null, row.CallSign,
            row.StationList(), row.DocumentKind);
    }

    /// <summary>
    /// The permit's versions kept since the history began, newest first, each with what changed from the one before
    /// (one range query of its version rows); null when the client has no permit with this id.
    /// </summary>
    public async Task<IReadOnlyList<PermitVersion>?> HistoryAsync(string clientId, string permitId, CancellationToken cancellationToken)
    {
        if (!StorageKeys.IsUsable(permitId, 100))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        var partition = PermitKeys.Partition(clientId);
        var (from, to) = ($"{PermitKeys.VersionPrefix}{permitId}|", $"{PermitKeys.VersionPrefix}{permitId}}}");
        var versions = new List<PermitEntity>();
        await foreach (var row in table.QueryAsync<PermitEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            versions.Add(row);
        }

        if (versions.Count == 0 && await PartitionFeed.ReadAsync<PermitEntity>(table, partition, PermitKeys.PermitPrefix + permitId, cancellationToken) is null)
        {
            return null;
        }

        return PermitHistory.Of(versions);
    }
}
