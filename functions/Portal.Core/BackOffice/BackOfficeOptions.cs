using System.ComponentModel.DataAnnotations;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

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
