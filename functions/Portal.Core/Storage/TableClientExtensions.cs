using System.Linq.Expressions;
using Azure;
using Azure.Data.Tables;

namespace Portal.Core.Storage;

public static class TableClientExtensions
{
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
    public static async Task<(IReadOnlyList<T> Rows, string? ContinuationToken)> PageAsync<T>(
        this TableClient table, Expression<Func<T, bool>> filter, int pageSize, string? continuationToken, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        try
        {
            var page = await table.QueryAsync(filter, maxPerPage: pageSize, cancellationToken: cancellationToken)
                .AsPages(continuationToken, pageSize)
                .FirstOrDefaultAsync(cancellationToken);
            return ([.. page?.Values ?? []], page?.ContinuationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 400 && continuationToken is not null)
        {
            throw new InvalidContinuationTokenException(exception);
        }
    }
}
