using Azure.Messaging.ServiceBus;

namespace Portal.Core.BackOffice;

/// <summary>Azure: a Service Bus topic with duplicate detection on; message id = outbox id.</summary>
public sealed class ServiceBusPublisher(ServiceBusSender sender, EventPayloads payloads) : IBackOfficePublisher
{
    public async Task PublishAsync(string messageId, string type, string json, CancellationToken cancellationToken)
    {
        var (body, blob) = await payloads.PrepareAsync(messageId, json, cancellationToken);
        var message = new ServiceBusMessage(body) { MessageId = messageId, Subject = type, ContentType = "application/json" };
        if (blob is not null)
        {
            message.ApplicationProperties[EventPayloads.BlobProperty] = blob;
        }

        using var batch = await sender.CreateMessageBatchAsync(cancellationToken);
        if (!batch.TryAddMessage(message))
        {
            throw new InvalidOperationException($"Event {messageId} does not fit in a Service Bus message even after moving its body to a blob.");
        }

        await sender.SendMessagesAsync(batch, cancellationToken);
    }
}
