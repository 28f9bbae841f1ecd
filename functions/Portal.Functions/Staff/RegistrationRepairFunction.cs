using Microsoft.Azure.Functions.Worker;
using Portal.Core.Registrations;

namespace Portal.Functions.Staff;

/// <summary>The repair timer: finishes approvals a crash or timeout left half-done (docs/ARCHITECTURE.md: roll forward).</summary>
public sealed class RegistrationRepairFunction(RegistrationReview review)
{
    [Function("RegistrationRepair")]
    public Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        review.FinishOpenApprovalsAsync(cancellationToken);
}
