using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>
/// Which client a fed record's external id belongs to, in the FeedClaims table: partition "{kind}-ext|{0-3}" (<see cref="PartitionFeed.ClaimPartition"/>),
/// row the external id (distinct row keys keep Azurite's row-key-first lookups from scanning).
/// </summary>
internal sealed class ExternalIdClaimEntity : PortalEntity
{
    public string ClientId { get; set; } = "";
}
