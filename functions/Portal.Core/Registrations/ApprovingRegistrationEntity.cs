using Portal.Core.Storage;

namespace Portal.Core.Registrations;

/// <summary>An approval begun and not yet finished, for the repair timer. Partition "approving", row "{ticks}|{id}".</summary>
internal sealed class ApprovingRegistrationEntity : PortalEntity
{
    public const string Partition = "approving";

    public string ApplicationId { get; set; } = "";
}
