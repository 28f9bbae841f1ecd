namespace Portal.Core.Accounts;

/// <summary>When a password expires, and which reminder (14, 7 or 1 days before, §15.3) is due on a given day.</summary>
public static class PasswordExpirySchedule
{
    public static readonly int[] ReminderDays = [14, 7, 1];

    public static DateOnly ExpiresOn(DateTimeOffset passwordChangedAt, AccountOptions options) =>
        RigaCalendar.DateOf(passwordChangedAt + options.PasswordMaxAge);

    /// <summary>
    /// The reminder to send today, if any: the nearest of 14/7/1 days that has been reached and not sent.
    /// A missed day is made up the next day; none is sent twice.
    /// </summary>
    public static int? DueReminder(DateOnly today, DateOnly expiresOn, IReadOnlySet<int> alreadySent)
    {
        var daysLeft = expiresOn.DayNumber - today.DayNumber;
        if (daysLeft < 1)
        {
            return null;
        }

        int? due = null;
        foreach (var days in ReminderDays)
        {
            if (daysLeft <= days)
            {
                due = days;
            }
        }

        return due is { } reminder && !alreadySent.Contains(reminder) ? reminder : null;
    }
}
