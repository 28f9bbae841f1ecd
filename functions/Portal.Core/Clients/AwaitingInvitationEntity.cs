using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>Where staff find invitations waiting for them, oldest first: partition "invitations-awaiting-staff", row "{ticks}|{clientId}|{id}".</summary>
internal sealed class AwaitingInvitationEntity : PortalEntity
{
    public const string Partition = "invitations-awaiting-staff";

    public string ClientId { get; set; } = "";

    public string InvitationId { get; set; } = "";
}
