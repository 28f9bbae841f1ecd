using Microsoft.Azure.Functions.Worker;
using Portal.Core.Payments;

namespace Portal.Functions.Payments;

/// <summary>The payment orders' timer: expires orders the bank never answered, flags paid orders the back office has not booked.</summary>
public sealed class PaymentOrderChecksFunction(PaymentOrderChecks checks)
{
    [Function("PaymentOrderChecks")]
    public Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        checks.RunAsync(cancellationToken);
}
