namespace Portal.Core.Backup;

/// <summary>A table written back from an export, and how many rows were written.</summary>
public sealed record RestoredTable(string Name, long Rows);
