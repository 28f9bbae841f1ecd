using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>The back office's id of a client: partition "client-ext|{externalId}".</summary>
internal sealed class ClientExternalIdEntity : PortalEntity
{
    public const string Row = "index";

    public ClientExternalIdEntity()
    {
        RowKey = Row;
    }

    public string ClientId { get; set; } = "";

    public static string PartitionFor(string externalId) => $"client-ext|{externalId}";
}
