using System.Text;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

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
