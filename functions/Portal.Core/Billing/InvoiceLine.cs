namespace Portal.Core.Billing;

/// <summary>One line of an invoice: its amount without VAT in cents, its VAT rate in percent.</summary>
public sealed record InvoiceLine(string Description, decimal Quantity, string? Unit, decimal UnitPrice, decimal VatRate, long AmountCents);
