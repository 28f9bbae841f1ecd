using Azure;
using Azure.Data.Tables;

namespace Portal.Core.Storage;

/// <summary>The four properties every table row has; the portal's entities add their own.</summary>
public abstract class PortalEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
