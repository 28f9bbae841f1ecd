namespace Portal.Core.Billing;

/// <summary>One line of an invoice as the back office sends it (all optional on the wire; validated).</summary>
/// <param name="Amount">The line's amount without VAT, in euros.</param>
/// <param name="VatRate">Percent (21 for 21 %).</param>
public sealed record InvoiceLineRecord(string? Description, decimal? Quantity, string? Unit, decimal? UnitPrice, decimal? VatRate, decimal? Amount);
