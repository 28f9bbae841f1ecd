namespace Portal.Functions.Accounts;

/// <summary>The user's choice of reminders: every field is required, true or false.</summary>
public sealed record RemindersRequest(bool? InvoicesDueSoon, bool? InvoicesOverdue, bool? PermitsExpiring, bool? DraftsLapsing);
