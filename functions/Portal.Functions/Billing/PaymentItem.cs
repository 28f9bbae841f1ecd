namespace Portal.Functions.Billing;

public sealed record PaymentItem(string Id, DateOnly ReceivedOn, decimal Amount);
