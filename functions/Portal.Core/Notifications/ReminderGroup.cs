namespace Portal.Core.Notifications;

/// <summary>
/// The items of one kind that one client has on one digest day: the unit a digest marks as sent, so a
/// rerun sends none of it again and a client with hundreds of invoices due the same day costs one marker.
/// </summary>
internal sealed record ReminderGroup(ReminderKind Kind, DateOnly Day, string ClientId)
{
    /// <summary>The marker's row in the day's "sent|{yyyy-MM-dd}" partition.</summary>
    public string MarkerRow(string userId) => $"{userId}|{Kind.Text()}|{Billing.BillingKeys.Date(Day)}|{ClientId}";
}
