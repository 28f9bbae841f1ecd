using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>How an <see cref="InvoiceQuery"/> becomes one storage query, and its continuation tokens.</summary>
internal static class InvoicePages
{
    /// <summary>
    /// Storage answers a filtered query a part of the range at a time, sometimes with nothing in it:
    /// a page reads on this many times at most before it answers what it has with a token.
    /// </summary>
    public const int MaxReads = 5;

    /// <summary>
    /// The OData filter: the index range of the order asked for, then every filter on the index row's
    /// own fields, a number or reference prefix among them. With a state filter, <paramref name="reach"/> says
    /// which due dates unnamed money settles: whole before its split date, none after it.
    /// </summary>
    public static string Filter(string partition, InvoiceQuery query, OldestFirstReach? reach, DateOnly today, string? after = null)
    {
        var (from, to) = query.Sort switch
        {
            InvoiceSort.Due => (BillingKeys.ByDuePrefix, "by-due}"),
            InvoiceSort.Amount => (BillingKeys.ByAmountPrefix, "by-amount}"),
            _ => (BillingKeys.ByIssuedPrefix, "by-issued}"),
        };
        var parts = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}") };
        if (after is not null)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey gt {after}"));
        }

        void Compare(string property, string comparison, object? value)
        {
            if (value is not null)
            {
                parts.Add(TableClient.CreateQueryFilter(FormattableStringFactory.Create($"{property} {comparison} {{0}}", value)));
            }
        }

        Compare(nameof(InvoiceEntity.IssuedOn), "ge", query.IssuedFrom is { } issuedFrom ? BillingKeys.Date(issuedFrom) : null);
        Compare(nameof(InvoiceEntity.IssuedOn), "le", query.IssuedTo is { } issuedTo ? BillingKeys.Date(issuedTo) : null);
        Compare(nameof(InvoiceEntity.DueOn), "ge", query.DueFrom is { } dueFrom ? BillingKeys.Date(dueFrom) : null);
        Compare(nameof(InvoiceEntity.DueOn), "le", query.DueTo is { } dueTo ? BillingKeys.Date(dueTo) : null);
        Compare(nameof(InvoiceEntity.AmountCents), "ge", query.MinCents);
        Compare(nameof(InvoiceEntity.AmountCents), "le", query.MaxCents);
        Compare(nameof(InvoiceEntity.BillingAccountExternalId), "eq", query.BillingAccount);
        foreach (var (property, prefix) in new[] { (nameof(InvoiceEntity.Number), query.Number), (nameof(InvoiceEntity.PaymentReference), query.Reference) })
        {
            if (prefix is not null)
            {
                var (low, high) = Prefix(prefix);
                Compare(property, "ge", low);
                Compare(property, "lt", high);
            }
        }

        if (query.States.Count > 0)
        {
            parts.Add($"({string.Join(" or ", query.States.Select(state => States(state, reach!, today)))})");
        }

        return string.Join(" and ", parts);
    }

    /// <summary>
    /// The rows that may be in a state, on their own fields: exact, but for the rows due on the split
    /// date, which may be in either of two states until their order on that date is read.
    /// </summary>
    private static string States(InvoiceState state, OldestFirstReach reach, DateOnly today)
    {
        const string Payable = "Kind eq 'invoice' and Status eq 'issued'";
        var day = BillingKeys.Date(today);
        var (paidThrough, split) = (reach.PaidThrough, reach.SplitDate);

        // Left to pay: something unnamed money does not reach - a date after those it settles whole.
        var left = $"{Payable} and CreditedWhole eq false and UnnamedOpenCents gt 0L{(paidThrough is null ? "" : TableClient.CreateQueryFilter($" and DueOn gt {paidThrough}"))}";
        var onSplit = split is null ? "DueOn eq ''" : TableClient.CreateQueryFilter($"DueOn eq {split}");
        return "(" + state switch
        {
            InvoiceState.Cancelled => "Status eq 'cancelled'",
            InvoiceState.Applied => "Kind eq 'credit-note' and Status eq 'issued'",
            InvoiceState.Credited => $"{Payable} and CreditedWhole eq true",
            InvoiceState.Paid => $"{Payable} and CreditedWhole eq false and (UnnamedOpenCents eq 0L{(paidThrough is null ? "" : TableClient.CreateQueryFilter($" or DueOn le {paidThrough}"))} or {onSplit})",
            InvoiceState.Overdue => $"{left} and {TableClient.CreateQueryFilter($"DueOn lt {day}")}",
            InvoiceState.Open => $"{left} and {TableClient.CreateQueryFilter($"DueOn ge {day}")} and NamedCents eq 0L",
            InvoiceState.PartlyPaid => $"{left} and {TableClient.CreateQueryFilter($"DueOn ge {day}")} and (NamedCents gt 0L or {onSplit})",
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        } + ")";
    }

    /// <summary>
    /// Whether the list keeps, in the order unnamed money settles them (due date, then number), every row of the split
    /// date that something is open on: then a page that reads that date from its first row sums what comes before each itself.
    /// </summary>
    public static bool KeepsSplitDate(InvoiceQuery query, OldestFirstReach reach, DateOnly today) =>
        reach.SplitDate is { } split
        && query is { Sort: InvoiceSort.Due, Number: null, Reference: null, IssuedFrom: null, IssuedTo: null, DueFrom: null, DueTo: null, MinCents: null, MaxCents: null, BillingAccount: null }
        && (query.States.Count == 0 || query.States.Contains(InvoiceState.Paid)
            || query.States.Contains(BillingKeys.ParseDate(split) < today ? InvoiceState.Overdue : InvoiceState.PartlyPaid));

    /// <summary>
    /// How many rows one read asks storage for when the page needs <paramref name="needed"/> more. Only rows due on the split
    /// date can turn out, once read, not to be in a state the filter asks for; in the order they are settled in (<c>by-due</c>)
    /// they come first, so a read that may still reach that date (it goes on from <paramref name="readFrom"/>: "" for the
    /// beginning, null when not known) asks for as many again (at most storage's 1,000), and the page is full after one read.
    /// </summary>
    public static int RowsToAsk(InvoiceQuery query, OldestFirstReach? reach, int needed, string? readFrom) =>
        query is { Sort: InvoiceSort.Due, States.Count: > 0 } && reach?.SplitDate is { } split
        && readFrom is not null && string.CompareOrdinal(readFrom, BillingKeys.DueDate(split).To) < 0
            ? Math.Min(needed * 2, Math.Max(needed, 1_000))
            : needed;

    private static (string From, string To) Prefix(string prefix) => (prefix, prefix + '\uffff');

    /// <summary>Before <see cref="PagePosition.After"/> in a token: storage's own tokens never start so.</summary>
    private const string AfterMark = "after:";

    /// <summary>The same, with what the split date's rows up to it leave open and the aggregate's version that holds for.</summary>
    private const string SplitMark = "split:";

    /// <summary>
    /// The token given out, bound to the query's filter and order: storage's own, or (when the page read more rows than
    /// it shows) the row key of the last row shown, to go on after.
    /// </summary>
    public static string Seal(PagePosition position, InvoiceQuery query)
    {
        var rest = position.ServiceToken
            ?? (position.SplitOpenBefore is { } before
                ? string.Create(CultureInfo.InvariantCulture, $"{SplitMark}{before}:{position.AggregateVersion}:{position.After}")
                : AfterMark + position.After);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{query.Fingerprint()}|{rest}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Where a token given out for this same filter and order goes on (null for the first page); any other is refused.</summary>
    public static PagePosition? Open(string? token, InvoiceQuery query)
    {
        if (token is null)
        {
            return null;
        }

        string text;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
        }
        catch (FormatException exception)
        {
            throw new InvalidContinuationTokenException(exception);
        }

        var at = text.IndexOf('|', StringComparison.Ordinal);
        var rest = at > 0 && text[..at] == query.Fingerprint() && at + 1 < text.Length
            ? text[(at + 1)..]
            : throw new InvalidContinuationTokenException(new FormatException("The token was made by a list with another filter or order."));
        if (rest.StartsWith(SplitMark, StringComparison.Ordinal))
        {
            var parts = rest[SplitMark.Length..].Split(':', 3);
            return parts.Length == 3 && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var before)
                ? new PagePosition(null, parts[2], before, parts[1])
                : throw new InvalidContinuationTokenException(new FormatException("The token's position on the split date is not one a page gave out."));
        }

        return rest.StartsWith(AfterMark, StringComparison.Ordinal) ? new PagePosition(null, rest[AfterMark.Length..]) : new PagePosition(rest, null);
    }

    /// <summary>A version of the aggregate to bind a token's <see cref="PagePosition.SplitOpenBefore"/> to: a hash of its ETag.</summary>
    public static string AggregateVersion(string etag) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(etag)))[..16];

    /// <summary>
    /// Where the next page starts: storage's continuation token, or after a row key (one of them is set). After a row due on
    /// or before the split date, a list that keeps that date whole also says what its rows up to there leave open
    /// (<paramref name="SplitOpenBefore"/>), which holds while the aggregate is at <paramref name="AggregateVersion"/>: the next
    /// page then needs no read of the date's earlier rows.
    /// </summary>
    public sealed record PagePosition(string? ServiceToken, string? After, long? SplitOpenBefore = null, string? AggregateVersion = null);
}
