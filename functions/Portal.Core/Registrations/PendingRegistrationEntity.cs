using Portal.Core.Storage;

namespace Portal.Core.Registrations;

/// <summary>Where staff find pending applications, oldest first, without a scan. Partition "pending", row "{ticks}|{id}".</summary>
internal sealed class PendingRegistrationEntity : PortalEntity
{
    public const string Partition = "pending";

    public string ApplicationId { get; set; } = "";

    public static string RowFor(DateTimeOffset submittedAt, string id) => $"{submittedAt.UtcTicks:D19}|{id}";
}
