namespace Portal.Core.Backup;

/// <summary>One table of an export: its blob, how many rows it holds and the SHA-256 (hex) of the blob's bytes as stored.</summary>
public sealed record ExportedTable(string Name, string Blob, long Rows, string Sha256);
