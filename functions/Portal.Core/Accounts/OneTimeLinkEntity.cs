using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>A one-time link's token: random, stored as its hash, short-lived, used once. Accounts table, partition "{kind}|{hash}".</summary>
internal sealed class OneTimeLinkEntity : PortalEntity
{
    public const string Row = "link";

    public OneTimeLinkEntity()
    {
        RowKey = Row;
    }

    public string UserId { get; set; } = "";

    /// <summary>What the link is about beyond the user, e.g. the new email address it confirms.</summary>
    public string? Payload { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
