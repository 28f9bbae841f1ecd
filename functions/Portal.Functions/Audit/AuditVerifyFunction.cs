using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;

namespace Portal.Functions.Audit;

/// <summary>Hourly: checks every audit chain against its anchors and reports any break (as a critical log).</summary>
public sealed class AuditVerifyFunction(AuditVerifier verifier)
{
    [Function("AuditVerify")]
    public Task Run([TimerTrigger("0 5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        verifier.VerifyAsync(cancellationToken);
}
