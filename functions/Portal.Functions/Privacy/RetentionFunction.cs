using Microsoft.Azure.Functions.Worker;
using Portal.Core.Privacy;

namespace Portal.Functions.Privacy;

/// <summary>Hourly at :20: deletes what has outlived its retention period (§9, §23.1), found through the RetentionIndex hour partitions only.</summary>
public sealed class RetentionFunction(RetentionSweeper sweeper)
{
    [Function("Retention")]
    public Task Run([TimerTrigger("0 20 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        sweeper.SweepAsync(cancellationToken);
}
