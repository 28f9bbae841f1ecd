using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>A fed record's own row: its external id, version and content hash tell a replay, an older version and a conflict apart.</summary>
internal abstract class VersionedEntity : PortalEntity
{
    public string ExternalId { get; set; } = "";

    public long Version { get; set; }

    public string ContentHash { get; set; } = "";
}
