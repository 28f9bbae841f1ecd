namespace Portal.Core.Payments;

/// <summary>One invoice an order pays: its number, its due date and its open amount when the order was made.</summary>
public sealed record PaymentOrderInvoice(string Id, string Number, DateOnly DueOn, long Cents);
