using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>An invitation to act for a client: in the client's partition, row "invitation|{id}".</summary>
internal sealed class InvitationEntity : PortalEntity
{
    public const string RowPrefix = "invitation|";

    public string InvitationId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string Email { get; set; } = "";

    public string Scopes { get; set; } = "";

    /// <summary>awaiting-staff, sent, accepted, revoked.</summary>
    public string Status { get; set; } = "";

    public string InvitedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
