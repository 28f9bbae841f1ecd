namespace Portal.Core.BackOffice;

/// <summary>What every record of the back office carries: its own id and an integer version that grows with each change.</summary>
public interface IFeedRecord
{
    string? ExternalId { get; }

    long? Version { get; }
}
