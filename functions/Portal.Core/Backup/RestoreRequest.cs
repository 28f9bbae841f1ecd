namespace Portal.Core.Backup;

/// <summary>
/// What to restore: the run, the tables (none named: every table of the run) and whether the exported rows may replace
/// rows already there. Without <paramref name="Replace"/> a table must be empty (or missing).
/// </summary>
public sealed record RestoreRequest(DateOnly Run, IReadOnlyList<string> Tables, bool Replace);
