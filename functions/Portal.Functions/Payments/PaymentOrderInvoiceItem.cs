namespace Portal.Functions.Payments;

/// <param name="Amount">What the order pays of the invoice: its open amount when the order was made.</param>
public sealed record PaymentOrderInvoiceItem(string Id, string Number, DateOnly DueOn, decimal Amount);
