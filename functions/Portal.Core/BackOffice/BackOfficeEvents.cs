using System.ComponentModel.DataAnnotations;
using System.Text;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>What the portal tells ES's back office (issue 4 §7): the type and its data, as JSON.</summary>
public sealed record BackOfficeEvent(string Type, DateTimeOffset At, IReadOnlyDictionary<string, string?> Data);

/// <summary>The event types the back office receives.</summary>
public static class BackOfficeEventTypes
{
    public const string RepresentativeInvited = "representative.invited";
    public const string RepresentativeConfirmed = "representative.confirmed";
    public const string RepresentativeRemoved = "representative.removed";
    public const string RepresentativeInvitationRevoked = "representative.invitation-revoked";
    public const string ProfileChanged = "profile.changed";
    public const string RegistrationApproved = "registration.approved";
}

public sealed class BackOfficeOptions
{
    public const string Section = "BackOffice";

    /// <summary>Azure: the Service Bus namespace (e.g. sb-portal.servicebus.windows.net), reached with the managed identity.</summary>
    public string? ServiceBusNamespace { get; set; }

    /// <summary>The topic (Azure) or, locally, the Azurite queue the events go to.</summary>
    [Required]
    public string Destination { get; set; } = StorageNames.BackOfficeEventsQueue;

    /// <summary>Bodies larger than this go to a blob, and the message carries its name.</summary>
    [Range(1024, 256 * 1024)]
    public int MaxInlineBytes { get; set; } = 48 * 1024;
}

/// <summary>Delivers one event; the message id is the outbox id, so a redelivery is a duplicate the receiver drops.</summary>
public interface IBackOfficePublisher
{
    Task PublishAsync(string messageId, string type, string json, CancellationToken cancellationToken);
}

/// <summary>A body too large for a message goes to a blob first; the message names it in the property "payload-blob".</summary>
public sealed class EventPayloads(PortalStorage storage, IOptions<BackOfficeOptions> options)
{
    public const string BlobProperty = "payload-blob";

    /// <summary>The body to send and, when it went to a blob, the blob's name.</summary>
    public async Task<(string Body, string? Blob)> PrepareAsync(string messageId, string json, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(json) <= options.Value.MaxInlineBytes)
        {
            return (json, null);
        }

        var name = $"{messageId}.json";
        var container = await storage.ContainerAsync(StorageNames.BackOfficeEventsContainer, cancellationToken);
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(json), overwrite: true, cancellationToken);
        return ($"{{\"blob\":\"{StorageNames.BackOfficeEventsContainer}/{name}\"}}", $"{StorageNames.BackOfficeEventsContainer}/{name}");
    }
}

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

public sealed record QueueEnvelope(string MessageId, string Subject, string ContentType, IReadOnlyDictionary<string, string> ApplicationProperties, string Body);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(QueueEnvelope))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackOfficeEvent))]
public sealed partial class EventsJson : System.Text.Json.Serialization.JsonSerializerContext;
