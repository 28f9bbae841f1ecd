using Microsoft.Azure.Functions.Worker;
using Portal.Core.Backup;

namespace Portal.Functions.Backup;

/// <summary>
/// Nightly at 01:30 UTC: every table to the table-exports container for recovery (docs/recovery.md), then the exports past
/// Retention:TableExportsDays deleted. It runs again each hour until 04:30: a run cut short (the host's function timeout,
/// a restart) is finished then, and a run that finds the day's export complete only deletes expired ones.
/// </summary>
public sealed class TableExportFunction(TableExport export)
{
    [Function("TableExport")]
    public Task Run([TimerTrigger("0 30 1-4 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        export.RunAsync(cancellationToken);
}
