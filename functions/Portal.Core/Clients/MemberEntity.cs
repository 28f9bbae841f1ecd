using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>A member as the client sees it: client partition, row "member|{userId}".</summary>
internal sealed class MemberEntity : PortalEntity
{
    public string UserId { get; set; } = "";

    public string Scopes { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }

    public static string RowFor(string userId) => $"member|{userId}";
}
