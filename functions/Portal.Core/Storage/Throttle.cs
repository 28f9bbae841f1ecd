using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Portal.Core.Storage;

/// <summary>
/// Fixed-window counters in Table Storage, shared by every instance of the app. Conditional writes,
/// retried on conflict, so parallel requests all count.
/// </summary>
public sealed class Throttle(PortalStorage storage, TimeProvider time)
{
    /// <summary>Counts one use of <paramref name="key"/>; false when the window's limit is already reached.</summary>
    public async Task<bool> TryHitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ThrottleTable, cancellationToken);
        var now = time.GetUtcNow();
        var windowStart = now.UtcTicks - (now.UtcTicks % window.Ticks);
        var partition = $"throttle|{key}";
        var row = windowStart.ToString("D19", CultureInfo.InvariantCulture);
        for (var conflicts = 1; ; conflicts++)
        {
            var found = await table.GetEntityIfExistsAsync<ThrottleEntity>(partition, row, cancellationToken: cancellationToken);
            var current = found.HasValue ? found.Value : null;
            if (current is not null && current.Count >= limit)
            {
                return false;
            }

            try
            {
                if (current is null)
                {
                    await table.AddEntityAsync(new ThrottleEntity { PartitionKey = partition, RowKey = row, Count = 1 }, cancellationToken);
                }
                else
                {
                    current.Count++;
                    await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return true;
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                // Someone else counted first; count on top.
                await Contention.BeforeRetryAsync(conflicts, "The throttle count", cancellationToken);
            }
        }
    }
}
