using Portal.Core.Storage;

namespace Portal.Core.Notifications;

/// <summary>A message waiting to be sent, stored in the partition of the change that caused it (same transaction).</summary>
internal sealed class OutboxEntity : PortalEntity
{
    public const string RowPrefix = "outbox|";

    public string MessageId { get; set; } = "";

    /// <summary>"email" (the default, for rows written before events existed) or "event" for the back office.</summary>
    public string? Kind { get; set; }

    /// <summary>For an event: its type (the message's subject).</summary>
    public string? EventType { get; set; }

    public string Payload { get; set; } = "";

    public bool Sent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }
}
