using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>A membership as the user sees it: the user's partition in Accounts, row "membership|{clientId}".</summary>
internal sealed class MembershipEntity : PortalEntity
{
    public const string RowPrefix = "membership|";

    public string ClientId { get; set; } = "";

    public string ClientName { get; set; } = "";

    public string ClientKind { get; set; } = "";

    public string Scopes { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }

    public Membership ToMembership(string userId) => new(userId, ClientId, ClientName, Enum.Parse<ClientKind>(ClientKind), Clients.Scopes.Split(Scopes));
}
