namespace Portal.Core.Billing;

public sealed record PaymentSummary(string Id, DateOnly ReceivedOn, long AmountCents, IReadOnlyList<Allocation> Allocations);
