using System.Linq.Expressions;
using Azure;
using Azure.Data.Tables;

namespace Portal.Core.Storage;

public static class TableClientExtensions
{
    /// <summary>
    /// Writes <paramref name="actions"/> all or none, as one entity transaction; a lone add, update or upsert goes as a plain
    /// request of its own, which does the same in one call without a transaction's envelope. Returns each action's answer.
    /// Failures are <see cref="RequestFailedException"/>s with the status a transaction would give (409, 412, 404).
    /// </summary>
    public static async Task<IReadOnlyList<Response>> WriteAllAsync(this TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        if (actions is not [var action])
        {
            return (await table.SubmitTransactionAsync(actions, cancellationToken)).Value;
        }

        // An update without a version replaces whatever is there, as in a transaction.
        var version = action.ETag == default ? ETag.All : action.ETag;
        return [action.ActionType switch
        {
            TableTransactionActionType.Add => await table.AddEntityAsync(action.Entity, cancellationToken),
            TableTransactionActionType.UpdateReplace => await table.UpdateEntityAsync(action.Entity, version, TableUpdateMode.Replace, cancellationToken),
            TableTransactionActionType.UpdateMerge => await table.UpdateEntityAsync(action.Entity, version, TableUpdateMode.Merge, cancellationToken),
            TableTransactionActionType.UpsertReplace => await table.UpsertEntityAsync(action.Entity, TableUpdateMode.Replace, cancellationToken),
            TableTransactionActionType.UpsertMerge => await table.UpsertEntityAsync(action.Entity, TableUpdateMode.Merge, cancellationToken),
            // A transaction's delete of a missing row fails it (404); the plain delete would not.
            _ => (await table.SubmitTransactionAsync(actions, cancellationToken)).Value[0],
        }];
    }

    /// <summary>Deletes a row whatever its version; a row already gone is what was wanted.</summary>
    public static async Task DeleteIfPresentAsync(this TableClient table, string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Already gone.
        }
    }

    /// <summary>One page of the rows of a partition whose keys lie in [from, to), in key order; continued by the token the previous page gave.</summary>
    public static Task<(IReadOnlyList<T> Rows, string? ContinuationToken)> RangePageAsync<T>(
        this TableClient table, string partition, string from, string to, int pageSize, string? continuationToken, CancellationToken cancellationToken)
        where T : class, ITableEntity =>
        table.PageAsync<T>(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, pageSize, continuationToken, cancellationToken);

    /// <summary>
    /// One page of the rows the filter selects, continued by the token the previous page gave; a token
    /// storage refuses is <see cref="InvalidContinuationTokenException"/>.
    /// </summary>
    public static Task<(IReadOnlyList<T> Rows, string? ContinuationToken)> PageAsync<T>(
        this TableClient table, Expression<Func<T, bool>> filter, int pageSize, string? continuationToken, CancellationToken cancellationToken)
        where T : class, ITableEntity =>
        FirstPageAsync(table.QueryAsync(filter, maxPerPage: pageSize, cancellationToken: cancellationToken), pageSize, continuationToken, cancellationToken);

    /// <summary>The same for a filter written in OData (<see cref="TableClient.CreateQueryFilter(FormattableString)"/> quotes its values).</summary>
    public static Task<(IReadOnlyList<T> Rows, string? ContinuationToken)> FilteredPageAsync<T>(
        this TableClient table, string filter, int pageSize, string? continuationToken, CancellationToken cancellationToken)
        where T : class, ITableEntity =>
        FirstPageAsync(table.QueryAsync<T>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken), pageSize, continuationToken, cancellationToken);

    private static async Task<(IReadOnlyList<T> Rows, string? ContinuationToken)> FirstPageAsync<T>(
        AsyncPageable<T> query, int pageSize, string? continuationToken, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        try
        {
            var page = await query.AsPages(continuationToken, pageSize).FirstOrDefaultAsync(cancellationToken);
            return ([.. page?.Values ?? []], page?.ContinuationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 400 && continuationToken is not null)
        {
            throw new InvalidContinuationTokenException(exception);
        }
    }
}
