using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Portal.Core.Privacy;

namespace Portal.Core.Storage;

/// <summary>
/// Fixed-window counters in Table Storage, shared by every instance of the app. Conditional writes,
/// retried on conflict, so parallel requests all count. A key "{name}|{subject}" counts in partition
/// "throttle|{name}|{window start}", row "{subject}": one partition per limit and window, which is indexed for
/// the retention timer (from the window's end) before its first row is written, once per window in each
/// instance, so counting seldom costs an index write. Each instance remembers the counters it wrote last (count
/// and ETag), so a key it counted before costs one conditional write, or none once spent; a counter another
/// instance moved meanwhile fails that write and is read again.
/// </summary>
public sealed class Throttle(PortalStorage storage, RetentionIndex retention, TimeProvider time)
{
    /// <summary>The partitions this instance has indexed, with their windows' ends; entries of ended windows are dropped as new ones come.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _indexed = new();

    /// <summary>The counters this instance wrote last, by partition and row; forgotten with their window, or all at once past <see cref="MaxKnown"/>.</summary>
    private readonly ConcurrentDictionary<(string Partition, string Row), (int Count, ETag ETag, DateTimeOffset WindowEnd)> _known = new();

    private const int MaxKnown = 10_000;

    /// <summary>Counts one use of <paramref name="key"/>; false when the window's limit is already reached.</summary>
    public async Task<bool> TryHitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ThrottleTable, cancellationToken);
        var (partition, row, windowEnd) = Counter(key, window);
        var remembered = _known.TryGetValue((partition, row), out var known);
        var conflicts = 0;
        while (true)
        {
            ThrottleEntity? current;
            if (remembered)
            {
                // A count never falls within its window: what this instance saw spent is spent.
                current = new ThrottleEntity { PartitionKey = partition, RowKey = row, Count = known.Count, ETag = known.ETag };
            }
            else
            {
                var found = await table.GetEntityIfExistsAsync<ThrottleEntity>(partition, row, cancellationToken: cancellationToken);
                current = found.HasValue ? found.Value : null;
            }

            if (current is not null && current.Count >= limit)
            {
                return false;
            }

            try
            {
                Response written;
                if (current is null)
                {
                    await EnsureIndexedAsync(partition, windowEnd, cancellationToken);
                    current = new ThrottleEntity { PartitionKey = partition, RowKey = row, Count = 1 };
                    written = await table.AddEntityAsync(current, cancellationToken);
                }
                else
                {
                    current.Count++;
                    written = await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                Remember(partition, row, current.Count, written.Headers.ETag, windowEnd);
                return true;
            }
            catch (RequestFailedException exception) when (remembered && exception.Status is 404 or 409 or 412)
            {
                // What this instance remembered is out of date (another instance counted, or the row is gone): read it now.
                _known.TryRemove((partition, row), out _);
                remembered = false;
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                // Someone else counted first; count on top.
                await Contention.BeforeRetryAsync(++conflicts, "The throttle count", cancellationToken);
            }
        }
    }

    /// <summary>
    /// Counts one use of the form by <paramref name="subject"/> (an address, or what a per-route throttle counts by); false when it has
    /// spent its limit. A sharded throttle counts on one of its counters, chosen at random, against that counter's share of the limit.
    /// </summary>
    public Task<bool> TryHitAsync(IpThrottle throttle, string subject, ThrottlingOptions limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(throttle);
        return throttle.Shards <= 1
            ? TryHitAsync(throttle.Key(subject), throttle.Limit(limits), throttle.Window, cancellationToken)
            : TryHitAsync($"{throttle.Key(subject)}|{Random.Shared.Next(throttle.Shards)}", (throttle.Limit(limits) + throttle.Shards - 1) / throttle.Shards, throttle.Window, cancellationToken);
    }

    private (string Partition, string Row, DateTimeOffset WindowEnd) Counter(string key, TimeSpan window)
    {
        var now = time.GetUtcNow();
        var windowStart = now.UtcTicks - (now.UtcTicks % window.Ticks);
        var split = key.IndexOf('|', StringComparison.Ordinal);
        var (name, subject) = split < 0 ? (key, "-") : (key[..split], key[(split + 1)..]);
        return ($"throttle|{name}|{windowStart.ToString("D19", CultureInfo.InvariantCulture)}", subject, new DateTimeOffset(windowStart, TimeSpan.Zero) + window);
    }

    private void Remember(string partition, string row, int count, ETag? etag, DateTimeOffset windowEnd)
    {
        if (_known.Count >= MaxKnown)
        {
            ForgetEnded(_known, known => known.WindowEnd);
            if (_known.Count >= MaxKnown)
            {
                _known.Clear();
            }
        }

        if (etag is { } written)
        {
            _known[(partition, row)] = (count, written, windowEnd);
        }
        else
        {
            _known.TryRemove((partition, row), out _);
        }
    }

    private async Task EnsureIndexedAsync(string partition, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        if (_indexed.ContainsKey(partition))
        {
            return;
        }

        await retention.AddAsync(RetentionKind.Throttle, windowEnd, cancellationToken, new RetentionTarget(StorageNames.ThrottleTable, partition, Row: null));
        ForgetEnded(_indexed, end => end);
        _indexed[partition] = windowEnd;
    }

    /// <summary>Drops what this instance remembers of windows that have ended.</summary>
    private void ForgetEnded<TKey, TValue>(ConcurrentDictionary<TKey, TValue> memory, Func<TValue, DateTimeOffset> windowEnd)
        where TKey : notnull
    {
        var now = time.GetUtcNow();
        foreach (var ended in memory.Where(entry => windowEnd(entry.Value) <= now).Select(entry => entry.Key).ToList())
        {
            memory.TryRemove(ended, out _);
        }
    }
}
