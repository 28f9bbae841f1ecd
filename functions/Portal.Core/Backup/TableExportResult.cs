namespace Portal.Core.Backup;

/// <summary>What one run of <see cref="TableExport"/> did: the manifest it wrote (null when the day's export was already complete) and the expired runs it deleted.</summary>
public sealed record TableExportResult(DateOnly Run, ExportManifest? Written, IReadOnlyList<DateOnly> DeletedRuns);
