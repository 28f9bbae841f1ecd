namespace Portal.Core.Billing;

/// <summary>ES as the payee: what an invoice's page tells the client to quote when paying.</summary>
public sealed class BillingOptions
{
    public const string Section = "Billing";

    public string PayeeName { get; set; } = "VAS “Elektroniskie sakari”";

    /// <summary>ES's account (IBAN); unset, the invoice page names no account.</summary>
    public string? PayeeAccount { get; set; }

    public string? PayeeBank { get; set; }
}
