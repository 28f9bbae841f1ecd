using Microsoft.Azure.Functions.Worker;
using Portal.Core.Submissions;

namespace Portal.Functions.Submissions;

/// <summary>The repair timer: finishes submissions a crash or timeout left sending (docs/ARCHITECTURE.md, "Submissions").</summary>
public sealed class SubmissionRepairFunction(SubmissionSender sender)
{
    [Function("SubmissionRepair")]
    public Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        sender.FinishOpenAsync(cancellationToken);
}
