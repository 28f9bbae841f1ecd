using System.Text.Json;
using Portal.Core.Storage;
using Portal.Core.BackOffice;
using Portal.Core.Billing;

namespace Portal.Core.Permits;

/// <summary>What the permit pages read: a page of index rows by number (of all or of one service kind), or one permit's row.</summary>
public sealed class PermitViews(PortalStorage storage)
{
    public async Task<(IReadOnlyList<PermitSummary> Items, string? ContinuationToken)> PermitsAsync(
        string clientId, ServiceKind? serviceKind, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        var partition = PermitKeys.Partition(clientId);
        var from = serviceKind is null ? PermitKeys.ByNumberPrefix : $"{PermitKeys.ByServicePrefix}{serviceKind.Value.Text()}|";
        var to = from[..^1] + '}';
        var (rows, next) = await table.RangePageAsync<PermitEntity>(partition, from, to, pageSize, continuationToken, cancellationToken);
        return ([.. rows.Select(Summary)], next);
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
        row.ValidTo is { } end ? BillingKeys.ParseDate(end) : null, row.CallSign, row.StationCount, row.LowestMHz, row.HighestMHz);

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
            JsonSerializer.Deserialize(row.Stations ?? "[]", FeedJson.Default.IReadOnlyListStationRecord) ?? []);
    }
}
