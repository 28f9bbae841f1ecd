namespace Portal.Core.Billing;

/// <summary>Billing arrangements a client may have (§7).</summary>
public static class BillingArrangements
{
    public static IReadOnlyList<string> All { get; } = ["advance-payment", "monthly-invoice", "quarterly-invoice", "e-invoice"];
}
