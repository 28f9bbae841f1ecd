namespace Portal.Core.Billing;

/// <param name="DueCents">What the client owes now (charges less payments), never below zero.</param>
/// <param name="OverdueCents">Of that, charges whose due date has passed (payments settle the oldest first).</param>
/// <param name="CreditCents">What the client has paid beyond its charges.</param>
/// <param name="AwaitingBookingCents">Paid through the portal, by the bank's word, and not booked yet: already taken off what is due.</param>
/// <param name="InProgressCents">In payment orders sent to the bank and not answered yet (still due).</param>
/// <param name="NextDueOn">The earliest due date, today or later, not yet settled by payments.</param>
public sealed record Balance(long DueCents, long OverdueCents, long CreditCents, DateOnly? NextDueOn, DateOnly? LastPaymentOn, long? LastPaymentCents, long AwaitingBookingCents = 0, long InProgressCents = 0);
