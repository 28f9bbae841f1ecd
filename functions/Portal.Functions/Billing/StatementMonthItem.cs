namespace Portal.Functions.Billing;

public sealed record StatementMonthItem(string Month, decimal Charged, decimal Received, decimal Closing);
