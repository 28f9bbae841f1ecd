using Portal.Core.Storage;

namespace Portal.Core.Registrations;

/// <summary>One pending application per email: inserting this row fails when one is pending. Partition "email|{hash}".</summary>
internal sealed class RegistrationEmailEntity : PortalEntity
{
    public const string Row = "pending";

    public string ApplicationId { get; set; } = "";

    public static string PartitionFor(string emailKey) => $"email|{emailKey}";
}
