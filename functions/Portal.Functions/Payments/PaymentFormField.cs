namespace Portal.Functions.Payments;

public sealed record PaymentFormField(string Name, string Value);
