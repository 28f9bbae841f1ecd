namespace Portal.Functions.Billing;

/// <summary>Amounts in euros at the edge (docs/ARCHITECTURE.md: cents inside).</summary>
public sealed record BalanceResponse(decimal Due, decimal Overdue, decimal Credit, DateOnly? NextDueOn, DateOnly? LastPaymentOn, decimal? LastPaymentAmount, string Currency);
