namespace Portal.Core.Billing;

/// <summary>
/// The client's invoices as they stood at the end of a day, worked out again from the records themselves (not from the
/// aggregate, which holds only today): invoices and credit notes issued by then, payments received by then, what of it
/// named an invoice, and the rest settling the open amounts oldest due first, ties by number, as the views do.
/// A cancellation or a newer version counts as the records stand today: the feed keeps no dates for them.
/// </summary>
internal sealed class AgeingCalculation(DateOnly asOf)
{
    private readonly string _day = BillingKeys.Date(asOf);
    private readonly Dictionary<string, string> _creditNoteDates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paymentDates = new(StringComparer.Ordinal);
    private readonly List<Payable> _payables = [];
    private long _receivedCents;

    /// <summary>Takes a row of the client's invoices and credit notes (any order).</summary>
    public void Add(InvoiceEntity document)
    {
        if (string.CompareOrdinal(document.IssuedOn, _day) > 0)
        {
            return;
        }

        if (document.IsCreditInForce)
        {
            _creditNoteDates[document.ExternalId] = document.IssuedOn;
            _receivedCents += document.AmountCents;
        }
        else if (document.IsPayable)
        {
            var settlements = document.Settlements is null ? null : BillingFeed.SettlementsOf(document.Settlements);
            _payables.Add(new Payable(document.ExternalId, document.Number, document.IssuedOn, document.DueOn, document.AmountCents, settlements));
        }
    }

    /// <summary>Takes a payment row (any order).</summary>
    public void Add(PaymentEntity payment)
    {
        if (string.CompareOrdinal(payment.ReceivedOn, _day) <= 0)
        {
            _paymentDates[payment.ExternalId] = payment.ReceivedOn;
            _receivedCents += payment.AmountCents;
        }
    }

    public Ageing Result()
    {
        var named = 0L;
        var open = new List<(Payable Invoice, long Open)>(_payables.Count);
        foreach (var invoice in _payables)
        {
            var settled = Math.Min(invoice.AmountCents, NamedByThen(invoice));
            named += settled;
            open.Add((invoice, invoice.AmountCents - settled));
        }

        open.Sort((a, b) => Compare(a.Invoice, b.Invoice));
        var unnamed = Math.Max(0, _receivedCents - named);
        var buckets = Enum.GetValues<AgeingBucket>().ToDictionary(bucket => bucket, _ => 0L);
        var lines = new List<AgeingLine>();
        foreach (var (invoice, cents) in open)
        {
            var settles = Math.Min(unnamed, cents);
            unnamed -= settles;
            if (cents - settles > 0)
            {
                var due = BillingKeys.ParseDate(invoice.DueOn);
                var line = new AgeingLine(invoice.Number, BillingKeys.ParseDate(invoice.IssuedOn), due, invoice.AmountCents, cents - settles, asOf.DayNumber - due.DayNumber);
                buckets[line.Bucket] += line.OpenCents;
                lines.Add(line);
            }
        }

        return new Ageing(asOf, lines, buckets, unnamed);
    }

    /// <summary>What payments received and credit notes issued by the day settle of the invoice by naming it.</summary>
    private long NamedByThen(Payable invoice)
    {
        var named = 0L;
        foreach (var (key, cents) in invoice.Settlements ?? [])
        {
            var (kind, id) = BillingFeed.SettlementOf(key);
            var dates = kind == BillingFeed.PaymentKind ? _paymentDates : _creditNoteDates;
            if (dates.ContainsKey(id))
            {
                named += cents;
            }
        }

        return named;
    }

    /// <summary>The order unnamed money settles in: due date, then number (the by-due index's order).</summary>
    private static int Compare(Payable a, Payable b)
    {
        var order = string.CompareOrdinal(a.DueOn, b.DueOn);
        order = order != 0 ? order : string.CompareOrdinal(a.Number, b.Number);
        return order != 0 ? order : string.CompareOrdinal(a.ExternalId, b.ExternalId);
    }

    private sealed record Payable(string ExternalId, string Number, string IssuedOn, string DueOn, long AmountCents, Dictionary<string, long>? Settlements);
}
