using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;

namespace Portal.Functions.Audit;

/// <summary>Checks the audit chains against their anchors and reports any break (as a critical log).</summary>
public sealed class AuditVerifyFunction(AuditVerifier verifier)
{
    /// <summary>Hourly: what was appended since the last run, from each chain's last verified record.</summary>
    [Function("AuditVerify")]
    public Task Run([TimerTrigger("0 5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        verifier.VerifyAsync(cancellationToken);

    /// <summary>Weekly (Sunday 03:35 UTC): every record of every chain again.</summary>
    [Function("AuditVerifyAll")]
    public Task RunAll([TimerTrigger("0 35 3 * * 0")] TimerInfo timer, CancellationToken cancellationToken) =>
        verifier.VerifyAllAsync(cancellationToken);
}
