namespace Portal.Core.Notifications;

/// <summary>One thing a digest tells of: an unpaid invoice (what is left to pay, its due date) or a permit (its end date, days left).</summary>
internal sealed record ReminderItem(ReminderKind Kind, string Client, string Number, long OpenCents, DateOnly On, int DaysLeft)
{
    public string Line(string language) => Kind == ReminderKind.PermitExpiring
        ? ReminderLines.Permit(language, Client, Number, On, DaysLeft)
        : ReminderLines.Invoice(language, Client, Number, OpenCents, On);
}
