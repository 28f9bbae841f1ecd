namespace Portal.Core.Billing;

/// <param name="OpeningCents">What the client owed before the first month (negative: in credit).</param>
public sealed record Statement(string From, string To, long OpeningCents, IReadOnlyList<StatementMonth> Months, long ClosingCents);
