namespace Portal.Core.Billing;

/// <summary>One month of a statement: what was charged (documents issued), what was received, and the balance at its end.</summary>
public sealed record StatementMonth(string Month, long ChargedCents, long ReceivedCents, long ClosingCents);
