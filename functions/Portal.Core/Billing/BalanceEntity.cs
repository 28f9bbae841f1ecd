using System.Text.Json;
using Portal.Core.BackOffice;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>
/// The client's balance aggregate. Besides the totals it holds what each invoice's state is derived
/// from when read: what is still open by due date once payments and credit notes that name invoices
/// are counted, and the money that names none ("unnamed"), which settles the open amounts oldest due first.
/// </summary>
internal sealed class BalanceEntity : PortalEntity
{
    public BalanceEntity()
    {
        RowKey = BillingKeys.Balance;
    }

    /// <summary>Invoices in force less credit notes in force.</summary>
    public long ChargesCents { get; set; }

    public long PaidCents { get; set; }

    /// <summary>Credit notes in force, in all.</summary>
    public long CreditNoteCents { get; set; }

    /// <summary>What payments and credit notes settle of invoices in force by naming them (each invoice's <see cref="InvoiceEntity.NamedCents"/>).</summary>
    public long NamedCents { get; set; }

    /// <summary>
    /// JSON: due date (yyyy-MM-dd) to what invoices in force due then leave open once named money is
    /// counted (each one's <see cref="InvoiceEntity.UnnamedOpenCents"/>). A large client's dates run
    /// on into <see cref="OpenByDue2"/> and on: a string property holds 32,768 characters.
    /// </summary>
    public string OpenByDue { get; set; } = "{}";

    public string? OpenByDue2 { get; set; }

    public string? OpenByDue3 { get; set; }

    public string? OpenByDue4 { get; set; }

    public string? LastPaymentOn { get; set; }

    public long LastPaymentCents { get; set; }

    public string? LastPaymentExternalId { get; set; }

    /// <summary>JSON: month (yyyy-MM) to the cents charged by documents issued in it (credit notes subtract): statements read it.</summary>
    public string ChargesByMonth { get; set; } = "{}";

    /// <summary>JSON: month (yyyy-MM) to the cents received in it.</summary>
    public string PaidByMonth { get; set; } = "{}";

    /// <summary>
    /// JSON: the client's reports made ready lately (<see cref="Reports.ReportNotice"/>s, the newest first, a few), so the
    /// dashboard finds them in the one read it makes of the aggregate. Written by the report builder alone, by merge.
    /// </summary>
    public string? ReadyReports { get; set; }

    /// <summary>
    /// JSON: each billing account's external id to its number, written with the account, so the invoice list and the
    /// invoice feed need no read of the account rows. Null on an aggregate from before it was kept: those read the rows.
    /// </summary>
    public string? AccountNumbers { get; set; }

    /// <summary>
    /// JSON: the payment orders pending or paid and not yet booked (<see cref="Payments.InFlightOrder"/>s), which lock their invoices
    /// against a second order and which the balance counts as paid, awaiting booking. Written with the order in one transaction;
    /// the feed's writes keep it as read, and a booking that names an order takes it out in the payment's own transaction.
    /// </summary>
    public string? PaymentOrders { get; set; }

    /// <summary>The orders in flight, to read or change (<see cref="KeepInFlight"/> writes them back).</summary>
    public List<Payments.InFlightOrder> InFlight() =>
        string.IsNullOrEmpty(PaymentOrders) ? [] : JsonSerializer.Deserialize(PaymentOrders, Payments.PaymentsJson.Default.ListInFlightOrder) ?? [];

    /// <summary>Writes the orders back; none is "" rather than null, as a merge leaves a property it is not given as it was.</summary>
    public void KeepInFlight(List<Payments.InFlightOrder> orders) =>
        PaymentOrders = orders.Count == 0 ? "" : JsonSerializer.Serialize(orders, Payments.PaymentsJson.Default.ListInFlightOrder);

    // How far the unnamed money reaches (OldestFirstReach), worked out from the open amounts whenever the row is packed,
    // so that the invoice list reads these few properties rather than the dates.

    /// <summary>The last due date the unnamed money settles whole, or null (<see cref="OldestFirstReach.PaidThrough"/>).</summary>
    public string? PaidThrough { get; set; }

    /// <summary>The due date the unnamed money settles in part, or null (<see cref="OldestFirstReach.SplitDate"/>).</summary>
    public string? SplitDate { get; set; }

    /// <summary>What the unnamed money has left on the split date; null on an aggregate packed before the reach was kept.</summary>
    public long? LeftOnSplitDate { get; set; }

    /// <summary>The stored reach; null when this aggregate was packed before it was kept (then only the dates tell it).</summary>
    public OldestFirstReach? StoredReach() => LeftOnSplitDate is { } left ? new OldestFirstReach(PaidThrough, SplitDate, left) : null;

    /// <summary>Money that names no invoice (and named money beyond an invoice's amount): it settles open amounts oldest due first.</summary>
    public long UnnamedCents => PaidCents + CreditNoteCents - NamedCents;

    private SortedDictionary<string, long>? _openByDue;
    private Dictionary<string, long>? _chargedMonths;
    private Dictionary<string, long>? _paidMonths;
    private Dictionary<string, string>? _accountNumbers;

    /// <summary>The open amounts by due date, in date order, to read or change in memory; <see cref="Pack"/> writes them back before the row is stored.</summary>
    public SortedDictionary<string, long> OpenDueDates() =>
        _openByDue ??= new SortedDictionary<string, long>(
            new[] { OpenByDue, OpenByDue2, OpenByDue3, OpenByDue4 }.OfType<string>().SelectMany(Parse).ToDictionary(), StringComparer.Ordinal);

    public Dictionary<string, long> ChargedMonths() => _chargedMonths ??= Parse(ChargesByMonth);

    public Dictionary<string, long> PaidMonths() => _paidMonths ??= Parse(PaidByMonth);

    /// <summary>The billing accounts' numbers by external id, or null when this aggregate does not keep them yet (<see cref="AccountNumbers"/>).</summary>
    public Dictionary<string, string>? AccountNumberMap() =>
        _accountNumbers ??= AccountNumbers is null ? null : JsonSerializer.Deserialize(AccountNumbers, FeedJson.Default.DictionaryStringString);

    /// <summary>Starts keeping the accounts' numbers (from every account row the client has), to change in memory before <see cref="Pack"/>.</summary>
    public Dictionary<string, string> KeepAccountNumbers(IEnumerable<KeyValuePair<string, string>> accounts) =>
        _accountNumbers = new Dictionary<string, string>(accounts, StringComparer.Ordinal);

    /// <summary>A string property's limit in characters (64 KiB of UTF-16).</summary>
    private const int PropertyChars = 32_768;

    public void Pack()
    {
        if (_openByDue is not null)
        {
            var chunks = Chunks(_openByDue);
            if (chunks.Count > 4)
            {
                throw new InvalidOperationException($"The client has open amounts on {_openByDue.Count} due dates; the balance row holds about 5,800.");
            }

            (OpenByDue, OpenByDue2, OpenByDue3, OpenByDue4) = (chunks[0], chunks.ElementAtOrDefault(1), chunks.ElementAtOrDefault(2), chunks.ElementAtOrDefault(3));
        }

        ChargesByMonth = _chargedMonths is null ? ChargesByMonth : Serialize(_chargedMonths);
        PaidByMonth = _paidMonths is null ? PaidByMonth : Serialize(_paidMonths);
        AccountNumbers = _accountNumbers is null ? AccountNumbers : JsonSerializer.Serialize(_accountNumbers, FeedJson.Default.DictionaryStringString);
        var reach = new OldestFirst(this).Reach;
        (PaidThrough, SplitDate, LeftOnSplitDate) = (reach.PaidThrough, reach.SplitDate, reach.LeftOnSplitDate);
    }

    /// <summary>
    /// Counts a document's part in the aggregate (<paramref name="sign"/> 1) or takes it out (-1):
    /// every change to an invoice's row takes the old row out and counts the new one.
    /// </summary>
    public void Count(InvoiceEntity invoice, int sign)
    {
        ChargesCents += sign * invoice.SignedCents;
        Add(ChargedMonths(), MonthOf(invoice.IssuedOn), sign * invoice.SignedCents);
        if (invoice.IsCreditInForce)
        {
            CreditNoteCents += sign * invoice.AmountCents;
        }

        if (invoice.IsPayable)
        {
            NamedCents += sign * invoice.NamedCents;
            AddOpen(invoice.DueOn, sign * invoice.UnnamedOpenCents);
        }
    }

    private void AddOpen(string dueOn, long cents)
    {
        var open = OpenDueDates();
        var total = open.GetValueOrDefault(dueOn) + cents;
        if (total == 0)
        {
            open.Remove(dueOn);
        }
        else
        {
            open[dueOn] = total;
        }
    }

    /// <summary>Adds to a month's total; a total that comes to nothing is dropped.</summary>
    public static void Add(Dictionary<string, long> totals, string key, long cents)
    {
        var total = totals.GetValueOrDefault(key) + cents;
        if (total == 0)
        {
            totals.Remove(key);
        }
        else
        {
            totals[key] = total;
        }
    }

    public static string MonthOf(string date) => date[..7];

    /// <summary>The dates as JSON objects, each within a property's limit.</summary>
    private static List<string> Chunks(SortedDictionary<string, long> open)
    {
        var chunks = new List<string>();
        var current = new Dictionary<string, long>(StringComparer.Ordinal);
        var length = 2;
        foreach (var (date, cents) in open)
        {
            // "yyyy-MM-dd":-123456789012, - at most 34 characters a date.
            var entry = 14 + cents.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 1;
            if (length + entry > PropertyChars)
            {
                chunks.Add(Serialize(current));
                (current, length) = (new Dictionary<string, long>(StringComparer.Ordinal), 2);
            }

            current[date] = cents;
            length += entry;
        }

        chunks.Add(Serialize(current));
        return chunks;
    }

    private static Dictionary<string, long> Parse(string json) => JsonSerializer.Deserialize(json, FeedJson.Default.DictionaryStringInt64)!;

    private static string Serialize(Dictionary<string, long> totals) => JsonSerializer.Serialize(totals, FeedJson.Default.DictionaryStringInt64);
}
