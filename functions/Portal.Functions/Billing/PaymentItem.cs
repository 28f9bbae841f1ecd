namespace Portal.Functions.Billing;

/// <param name="Allocations">The invoices the payment settles by name; what it does not name settles the oldest due first.</param>
public sealed record PaymentItem(string Id, DateOnly ReceivedOn, decimal Amount, IReadOnlyList<AllocationItem> Allocations);
