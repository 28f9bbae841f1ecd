using Portal.Core.Billing;

namespace Portal.Functions.Billing;

/// <summary>Amounts in euros at the edge (docs/ARCHITECTURE.md: cents inside).</summary>
/// <param name="AwaitingBooking">Paid through the portal (the bank said so) and not booked by ES yet: already taken off <c>due</c>.</param>
/// <param name="PaymentInProgress">In payment orders sent to the bank and not answered yet: still in <c>due</c>.</param>
public sealed record BalanceResponse(decimal Due, decimal Overdue, decimal Credit, DateOnly? NextDueOn, DateOnly? LastPaymentOn, decimal? LastPaymentAmount, string Currency, decimal AwaitingBooking, decimal PaymentInProgress)
{
    public static BalanceResponse Of(Balance balance) => new(
        Cents.ToEuros(balance.DueCents), Cents.ToEuros(balance.OverdueCents), Cents.ToEuros(balance.CreditCents), balance.NextDueOn,
        balance.LastPaymentOn, balance.LastPaymentCents is { } last ? Cents.ToEuros(last) : null, "EUR",
        Cents.ToEuros(balance.AwaitingBookingCents), Cents.ToEuros(balance.InProgressCents));
}
