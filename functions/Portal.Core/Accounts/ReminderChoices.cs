using Portal.Core.Notifications;

namespace Portal.Core.Accounts;

/// <summary>Which reminder digests' items the user wants; all by default. Stored as the kinds switched off, so an older row means all on.</summary>
public sealed record ReminderChoices(bool InvoicesDueSoon, bool InvoicesOverdue, bool PermitsExpiring, bool DraftsLapsing)
{
    public static ReminderChoices All { get; } = new(true, true, true, true);

    public bool Allows(ReminderKind kind) => kind switch
    {
        ReminderKind.DueSoon => InvoicesDueSoon,
        ReminderKind.Overdue => InvoicesOverdue,
        ReminderKind.PermitExpiring => PermitsExpiring,
        _ => DraftsLapsing,
    };

    /// <summary>The kinds switched off, as the user's row keeps them ("due-soon,overdue").</summary>
    internal string Off() => string.Join(',', Vocabulary<ReminderKind>.All.Where(kind => !Allows(kind)).Select(kind => kind.Text()));

    internal static ReminderChoices FromOff(string off)
    {
        var kinds = off.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Vocabulary<ReminderKind>.Stored).ToHashSet();
        return new(!kinds.Contains(ReminderKind.DueSoon), !kinds.Contains(ReminderKind.Overdue), !kinds.Contains(ReminderKind.PermitExpiring), !kinds.Contains(ReminderKind.DraftLapsing));
    }
}
