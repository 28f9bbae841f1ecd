using Portal.Core.Storage;

namespace Portal.Core.Notifications;

/// <summary>A message waiting to be sent, stored in the partition of the change that caused it (same transaction).</summary>
internal sealed class OutboxEntity : PortalEntity
{
    public const string RowPrefix = "outbox|";

    public string MessageId { get; set; } = "";

    /// <summary>"email" (the default, for rows written before events existed), "event" for the back office, or "work" left to an <see cref="IDeferredWork"/>.</summary>
    public string? Kind { get; set; }

    /// <summary>For an event: its type (the message's subject); for work: the <see cref="IDeferredWork.Type"/>.</summary>
    public string? EventType { get; set; }

    public string Payload { get; set; } = "";

    public bool Sent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }
}
