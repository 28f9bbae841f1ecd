using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

/// <summary>Every 15 minutes: tidies away lockouts that have ended (§12.1), read from a time index; sign-in never waits for it.</summary>
public sealed class LockoutResetFunction(LockoutStore lockouts)
{
    [Function("LockoutReset")]
    public Task Run([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        lockouts.ClearEndedLocksAsync(cancellationToken);
}
