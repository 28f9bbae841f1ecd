namespace Portal.Core.Billing;

/// <summary>
/// How the client's unnamed money settles the open amounts oldest due first, as the balance
/// aggregate holds them: every due date before the one the money runs out on is settled whole,
/// every one after it not at all, and on that one date (the "split date") the invoices are settled
/// in number order until the money is spent. Only the split date needs its invoices read.
/// The invoice list needs only where the money runs out (<see cref="Reach"/>), which the aggregate stores.
/// </summary>
internal sealed class OldestFirst
{
    private readonly string[] _dates;
    private readonly long[] _openBefore;
    private readonly long[] _open;

    public OldestFirst(BalanceEntity balance)
    {
        var open = balance.OpenDueDates();
        (_dates, _open, _openBefore) = (new string[open.Count], new long[open.Count], new long[open.Count]);
        Unnamed = balance.UnnamedCents;
        var cumulative = 0L;
        var i = 0;
        foreach (var (date, cents) in open)
        {
            (_dates[i], _open[i], _openBefore[i]) = (date, cents, cumulative);
            if (cumulative + cents <= Unnamed)
            {
                PaidThrough = date;
            }
            else if (SplitDate is null && cumulative < Unnamed)
            {
                SplitDate = date;
            }

            cumulative += cents;
            i++;
        }

        OpenCents = cumulative;
    }

    /// <summary>Money that names no invoice, to settle open amounts with.</summary>
    public long Unnamed { get; }

    /// <summary>All that is open once named money is counted, before the unnamed money settles it.</summary>
    public long OpenCents { get; }

    /// <summary>The last due date (yyyy-MM-dd) up to which the unnamed money settles every open amount whole, or null.</summary>
    public string? PaidThrough { get; }

    /// <summary>The one due date (yyyy-MM-dd) whose invoices the unnamed money settles in part, or null.</summary>
    public string? SplitDate { get; }

    /// <summary>How far the unnamed money reaches: what the invoice list settles its rows by.</summary>
    public OldestFirstReach Reach => new(PaidThrough, SplitDate, SplitDate is null ? 0 : Unnamed - _openBefore[Array.BinarySearch(_dates, SplitDate, StringComparer.Ordinal)]);

    /// <summary>What the unnamed money leaves open of the invoices due before <paramref name="day"/>.</summary>
    public long OpenBefore(string day)
    {
        var at = Array.BinarySearch(_dates, day, StringComparer.Ordinal);
        var before = at >= 0 ? _openBefore[at] : ~at == _dates.Length ? OpenCents : _openBefore[~at];
        return Math.Max(0, before - Unnamed);
    }

    /// <summary>The earliest due date on or after <paramref name="day"/> with something left open, or null.</summary>
    public string? NextOpenOnOrAfter(string day)
    {
        var at = Array.BinarySearch(_dates, day, StringComparer.Ordinal);
        for (var i = at >= 0 ? at : ~at; i < _dates.Length; i++)
        {
            if (_openBefore[i] + _open[i] > Unnamed)
            {
                return _dates[i];
            }
        }

        return null;
    }
}
