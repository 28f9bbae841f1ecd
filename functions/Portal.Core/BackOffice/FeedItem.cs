namespace Portal.Core.BackOffice;

/// <summary>A validated record of the batch on its way to storage: where it stood in the batch, and the hash of its content as sent.</summary>
internal sealed record FeedItem<T>(int Index, T Record, string Hash)
    where T : IValidFeedRecord
{
    public string ExternalId => Record.ExternalId;

    /// <summary>Its external id was claimed just now, so no row of it can exist yet: nothing to read.</summary>
    public bool FirstSeen { get; init; }
}
