namespace Portal.Core.Billing;

/// <summary>VAT over an invoice's lines: worked out per rate, on the rate's total, rounded half away from zero to the cent.</summary>
public static class InvoiceLines
{
    public static IReadOnlyList<VatTotal> VatTotals(IEnumerable<InvoiceLine> lines) =>
        [.. lines.GroupBy(line => line.VatRate)
            .OrderByDescending(rate => rate.Key)
            .Select(rate =>
            {
                var net = rate.Sum(line => line.AmountCents);
                return new VatTotal(rate.Key, net, (long)decimal.Round(net * rate.Key / 100m, MidpointRounding.AwayFromZero));
            })];

    /// <summary>The lines' amounts and their VAT together.</summary>
    public static long TotalCents(IEnumerable<InvoiceLine> lines) => VatTotals(lines).Sum(total => total.NetCents + total.VatCents);
}
