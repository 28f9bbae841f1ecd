using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Privacy;

namespace Portal.Functions.Privacy;

/// <summary>
/// Hourly at :20: deletes what has outlived its retention period (§9, §23.1), found through the RetentionIndex hour partitions only,
/// then the audit trails of closed years whose period has ended, found through those years' anchor blobs.
/// </summary>
public sealed class RetentionFunction(RetentionSweeper sweeper, AuditRetention audit)
{
    [Function("Retention")]
    public async Task Run([TimerTrigger("0 20 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        await sweeper.SweepAsync(cancellationToken);
        await audit.PurgeExpiredYearsAsync(cancellationToken);
    }
}
