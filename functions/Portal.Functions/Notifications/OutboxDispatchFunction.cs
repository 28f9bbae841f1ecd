using Microsoft.Azure.Functions.Worker;
using Portal.Core.Notifications;

namespace Portal.Functions.Notifications;

/// <summary>Every 15 seconds: sends what the outbox holds (emails written with the changes that cause them).</summary>
public sealed class OutboxDispatchFunction(OutboxDispatcher dispatcher)
{
    [Function("OutboxDispatch")]
    public Task Run([TimerTrigger("*/15 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(cancellationToken);
}
