using System.Text.Json;
using Portal.Core.Storage;
using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>The client's balance aggregate: totals, and charges by due date (for overdue and the next due date at any day).</summary>
internal sealed class BalanceEntity : PortalEntity
{
    public BalanceEntity()
    {
        RowKey = BillingKeys.Balance;
    }

    public long ChargesCents { get; set; }

    public long PaidCents { get; set; }

    /// <summary>JSON: due date (yyyy-MM-dd) to the cents charged for it (credit notes subtract).</summary>
    public string ChargesByDue { get; set; } = "{}";

    public string? LastPaymentOn { get; set; }

    public long LastPaymentCents { get; set; }

    public string? LastPaymentExternalId { get; set; }

    /// <summary>JSON: month (yyyy-MM) to the cents charged by documents issued in it (credit notes subtract): statements read it.</summary>
    public string ChargesByMonth { get; set; } = "{}";

    /// <summary>JSON: month (yyyy-MM) to the cents received in it.</summary>
    public string PaidByMonth { get; set; } = "{}";

    private Dictionary<string, long>? _dueDates;
    private Dictionary<string, long>? _chargedMonths;
    private Dictionary<string, long>? _paidMonths;

    /// <summary>The charges by due date to change in memory; <see cref="Pack"/> writes them back before the row is stored.</summary>
    public Dictionary<string, long> DueDates() => _dueDates ??= Parse(ChargesByDue);

    public Dictionary<string, long> ChargedMonths() => _chargedMonths ??= Parse(ChargesByMonth);

    public Dictionary<string, long> PaidMonths() => _paidMonths ??= Parse(PaidByMonth);

    public void Pack()
    {
        ChargesByDue = _dueDates is null ? ChargesByDue : Serialize(_dueDates);
        ChargesByMonth = _chargedMonths is null ? ChargesByMonth : Serialize(_chargedMonths);
        PaidByMonth = _paidMonths is null ? PaidByMonth : Serialize(_paidMonths);
    }

    /// <summary>Due dates kept one by one up to this many; beyond it the past is folded into one.</summary>
    public const int DueDatesKept = 400;

    /// <summary>
    /// Keeps the charges by due date small (the row holds at most 64 KB): the due dates already past
    /// are merged into the last of them. Overdue and the next due date come out the same for today and
    /// any later day: they only use the sum of what fell due before the day and the running sums at
    /// dates from the day on, and merging past dates into a past date changes neither.
    /// </summary>
    public void FoldPastDueDates(DateOnly today)
    {
        var byDue = DueDates();
        if (byDue.Count <= DueDatesKept)
        {
            return;
        }

        var before = BillingKeys.Date(today);
        var past = byDue.Where(e => string.CompareOrdinal(e.Key, before) < 0).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        if (past.Count > 1)
        {
            foreach (var (date, _) in past)
            {
                byDue.Remove(date);
            }

            Add(byDue, past[^1].Key, past.Sum(e => e.Value));
        }
    }

    /// <summary>Adds to a date's (or month's) total; a total that comes to nothing is dropped.</summary>
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

    private static Dictionary<string, long> Parse(string json) => JsonSerializer.Deserialize(json, FeedJson.Default.DictionaryStringInt64)!;

    private static string Serialize(Dictionary<string, long> totals) => JsonSerializer.Serialize(totals, FeedJson.Default.DictionaryStringInt64);
}
