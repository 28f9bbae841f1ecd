namespace Portal.Core.Backup;

/// <summary>
/// The last blob of a run (<c>{run}/manifest.json</c>): its presence says every table's blob was written whole,
/// and each entry's row count and SHA-256 let a restore check the blob before it writes anything.
/// </summary>
public sealed record ExportManifest(int Format, DateOnly Run, DateTimeOffset StartedAt, DateTimeOffset CompletedAt, IReadOnlyList<ExportedTable> Tables)
{
    /// <summary>The line format of the table blobs (docs/recovery.md); a restore refuses any other.</summary>
    public const int CurrentFormat = 1;
}
