using System.Text.Json.Serialization;

namespace Portal.Core.Notifications;

/// <summary>What a reminder digest tells of; a user may switch each off on their profile.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReminderKind>))]
public enum ReminderKind
{
    /// <summary>An unpaid invoice due in <see cref="ReminderDigests.DueSoonDays"/> days (finance scope).</summary>
    [JsonStringEnumMemberName("due-soon")]
    DueSoon,

    /// <summary>An unpaid invoice whose due date was yesterday (finance scope).</summary>
    [JsonStringEnumMemberName("overdue")]
    Overdue,

    /// <summary>A valid permit ending in 90, 30 or 7 days (technical scope).</summary>
    [JsonStringEnumMemberName("permit-expiring")]
    PermitExpiring,

    /// <summary>A draft that lapses in 7 days (Retention:DraftsDays after its last change), to the user who changed it last (submit scope).</summary>
    [JsonStringEnumMemberName("draft-lapsing")]
    DraftLapsing,
}
