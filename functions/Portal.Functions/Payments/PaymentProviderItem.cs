namespace Portal.Functions.Payments;

/// <param name="Id">The <c>provider</c> of a new order.</param>
public sealed record PaymentProviderItem(string Id, string Name);
