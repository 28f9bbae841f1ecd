using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>
/// Which client a fed record's external id belongs to: partition "{kind}-ext|{externalId}", row the
/// external id again (distinct row keys keep Azurite's row-key-first lookups from scanning).
/// </summary>
internal sealed class ExternalIdClaimEntity : PortalEntity
{
    public string ClientId { get; set; } = "";
}
