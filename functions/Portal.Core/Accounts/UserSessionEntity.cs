using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>The sessions of one user, to list them and to end them all: partition "user-sessions|{userId}", row = session id.</summary>
internal sealed class UserSessionEntity : PortalEntity
{
    public DateTimeOffset CreatedAt { get; set; }

    public string IpAddress { get; set; } = "";

    public string UserAgent { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public static string PartitionFor(string userId) => $"user-sessions|{userId}";
}
