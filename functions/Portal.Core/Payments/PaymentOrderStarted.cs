namespace Portal.Core.Payments;

/// <summary>An order just made, and the form that takes the payer to the provider to pay it.</summary>
public sealed record PaymentOrderStarted(PaymentOrder Order, ProviderForm Form);
