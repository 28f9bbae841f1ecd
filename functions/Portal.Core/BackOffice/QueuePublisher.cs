using System.Text;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>
/// Locally: an Azurite queue with the same contract - each queue message is the envelope a Service
/// Bus message would be: { messageId, subject, contentType, applicationProperties, body }.
/// </summary>
public sealed class QueuePublisher(PortalStorage storage, EventPayloads payloads, IOptions<BackOfficeOptions> options) : IBackOfficePublisher
{
    public async Task PublishAsync(string messageId, string type, string json, CancellationToken cancellationToken)
    {
        var (body, blob) = await payloads.PrepareAsync(messageId, json, cancellationToken);
        var envelope = System.Text.Json.JsonSerializer.Serialize(new QueueEnvelope(
            messageId, type, "application/json",
            blob is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [EventPayloads.BlobProperty] = blob },
            body), EventsJson.Default.QueueEnvelope);
        var queue = await storage.QueueAsync(options.Value.Destination, cancellationToken);
        await queue.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(envelope)), cancellationToken);
    }
}
