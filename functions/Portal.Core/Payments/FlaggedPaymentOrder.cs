namespace Portal.Core.Payments;

/// <summary>A payment order staff should look at, and why.</summary>
/// <param name="At">When it was flagged.</param>
public sealed record FlaggedPaymentOrder(string OrderId, string ClientId, PaymentOrderFlag Flag, string Detail, DateTimeOffset At);
