using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

/// <summary>Which reminder digests' items the user gets.</summary>
public sealed record RemindersResponse(bool InvoicesDueSoon, bool InvoicesOverdue, bool PermitsExpiring, bool DraftsLapsing)
{
    public static RemindersResponse Of(ReminderChoices choices) => new(choices.InvoicesDueSoon, choices.InvoicesOverdue, choices.PermitsExpiring, choices.DraftsLapsing);
}
