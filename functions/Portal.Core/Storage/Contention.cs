using Azure;

namespace Portal.Core.Storage;

/// <summary>
/// The bound on optimistic-concurrency loops (read, decide, write on the ETag, again on a conflict).
/// Each conflict waits a short random while that grows with the count, so writers that met do not
/// meet again in step; after <see cref="MaxConflicts"/> the loop gives up with
/// <see cref="StorageContendedException"/>, which a request answers as 503 with Retry-After instead of
/// spinning while the row is this busy.
/// </summary>
public static class Contention
{
    public const int MaxConflicts = 40;

    /// <summary>Another writer changed or created the row first (412 on an ETag, 409 on an insert).</summary>
    public static bool IsConflict(RequestFailedException exception) => exception.Status is 409 or 412;

    /// <summary>Waits before the next try after conflict number <paramref name="conflicts"/> (from 1), or gives up after the last.</summary>
    public static Task BeforeRetryAsync(int conflicts, string what, CancellationToken cancellationToken)
    {
        if (conflicts >= MaxConflicts)
        {
            throw new StorageContendedException(what, conflicts);
        }

        var ceiling = 2 << Math.Min(conflicts, 7);
        return Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, ceiling)), cancellationToken);
    }
}

/// <summary>A row stayed too busy to change: every try met another writer's change first.</summary>
public sealed class StorageContendedException(string what, int conflicts)
    : Exception($"{what}: gave up after {conflicts} conflicting writes.");
