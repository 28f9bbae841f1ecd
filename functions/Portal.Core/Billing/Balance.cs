namespace Portal.Core.Billing;

/// <param name="DueCents">What the client owes now (charges less payments), never below zero.</param>
/// <param name="OverdueCents">Of that, charges whose due date has passed (payments settle the oldest first).</param>
/// <param name="CreditCents">What the client has paid beyond its charges.</param>
/// <param name="NextDueOn">The earliest due date, today or later, not yet settled by payments.</param>
public sealed record Balance(long DueCents, long OverdueCents, long CreditCents, DateOnly? NextDueOn, DateOnly? LastPaymentOn, long? LastPaymentCents);
