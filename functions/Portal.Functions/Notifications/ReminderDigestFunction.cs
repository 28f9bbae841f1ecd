using Microsoft.Azure.Functions.Worker;
using Portal.Core.Notifications;

namespace Portal.Functions.Notifications;

/// <summary>Daily at 03:30 UTC (05:30 or 06:30 in Riga), after midnight in Riga all year: the reminder digests of invoices and permits.</summary>
public sealed class ReminderDigestFunction(ReminderDigests digests)
{
    [Function("ReminderDigest")]
    public Task Run([TimerTrigger("0 30 3 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        digests.SendDueAsync(cancellationToken);
}
