namespace Portal.Core.Notifications;

/// <summary>
/// One thing a digest tells of: an unpaid invoice (what is left to pay, its due date), a permit (its end date, days left), or a draft
/// (<see cref="Number"/> its form's title in the recipient's language, <see cref="At"/> when it lapses, <see cref="Link"/> its page).
/// </summary>
internal sealed record ReminderItem(ReminderKind Kind, string Client, string Number, long OpenCents, DateOnly On, int DaysLeft)
{
    public DateTimeOffset? At { get; init; }

    public string? Link { get; init; }

    public string Line(string language) => Kind switch
    {
        ReminderKind.PermitExpiring => ReminderLines.Permit(language, Client, Number, On, DaysLeft),
        ReminderKind.DraftLapsing => ReminderLines.Draft(language, Client, Number, At!.Value, Link!),
        _ => ReminderLines.Invoice(language, Client, Number, OpenCents, On),
    };
}
