namespace Portal.Core.Billing;

/// <summary>
/// One line of a settlement statement: a document in force issued (a credit note charges less than nothing) or a
/// payment received. <paramref name="Reference"/> is the document's number or the payment's id in the back office.
/// </summary>
public sealed record StatementEntry(DateOnly On, StatementEntryKind Kind, string Reference, long ChargedCents, long ReceivedCents);
