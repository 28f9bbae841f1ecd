using Portal.Core.Billing;

namespace Portal.Functions.Billing;

/// <summary>Amounts in euros at the edge (docs/ARCHITECTURE.md: cents inside).</summary>
public sealed record BalanceResponse(decimal Due, decimal Overdue, decimal Credit, DateOnly? NextDueOn, DateOnly? LastPaymentOn, decimal? LastPaymentAmount, string Currency)
{
    public static BalanceResponse Of(Balance balance) => new(
        Cents.ToEuros(balance.DueCents), Cents.ToEuros(balance.OverdueCents), Cents.ToEuros(balance.CreditCents), balance.NextDueOn,
        balance.LastPaymentOn, balance.LastPaymentCents is { } last ? Cents.ToEuros(last) : null, "EUR");
}
