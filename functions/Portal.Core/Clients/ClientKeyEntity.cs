using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>One client per identity: partition "client-key|natural|{hmac}" or "client-key|legal|{registration number}".</summary>
internal sealed class ClientKeyEntity : PortalEntity
{
    public const string Row = "index";

    public ClientKeyEntity()
    {
        RowKey = Row;
    }

    public string ClientId { get; set; } = "";
}
