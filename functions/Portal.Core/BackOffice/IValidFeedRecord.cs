namespace Portal.Core.BackOffice;

/// <summary>A fed record that passed validation: what every kind carries, known to be there.</summary>
internal interface IValidFeedRecord
{
    string ExternalId { get; }

    long Version { get; }

    /// <summary>The client the record belongs to (by the back office's id).</summary>
    string ClientExternalId { get; }
}
