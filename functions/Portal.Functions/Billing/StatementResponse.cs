namespace Portal.Functions.Billing;

public sealed record StatementResponse(string From, string To, decimal Opening, IReadOnlyList<StatementMonthItem> Months, decimal Closing, string Currency);
