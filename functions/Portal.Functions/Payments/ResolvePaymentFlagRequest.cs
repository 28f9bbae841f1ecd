namespace Portal.Functions.Payments;

/// <param name="Note">What staff did about it (1-500 characters).</param>
public sealed record ResolvePaymentFlagRequest(string? Note);
