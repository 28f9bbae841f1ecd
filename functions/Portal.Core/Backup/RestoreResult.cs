namespace Portal.Core.Backup;

/// <summary>How a restore ended: the tables written back, or why nothing was written.</summary>
public abstract record RestoreResult
{
    public sealed record Restored(DateOnly Run, IReadOnlyList<RestoredTable> Tables) : RestoreResult;

    /// <summary>The checks before the first write failed; no table was touched.</summary>
    public sealed record Refused(string Reason) : RestoreResult;
}
