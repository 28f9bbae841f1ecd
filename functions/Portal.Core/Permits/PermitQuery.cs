using System.Globalization;
using Azure.Data.Tables;
using Portal.Core.Outcomes;

namespace Portal.Core.Permits;

/// <summary>
/// What the permit list is searched for: <see cref="Text"/> the beginning of a permit number or a word of a
/// station's name or place, a call sign, frequencies that fall in a range (MHz), a service kind.
/// </summary>
public sealed record PermitQuery(string? Text, string? CallSign, decimal? FrequencyFrom, decimal? FrequencyTo, ServiceKind? Service)
{
    /// <summary>The query parameters it is read from, as the API names them.</summary>
    public static readonly string[] Parameters = ["q", "callSign", "frequencyFrom", "frequencyTo", "service"];

    public static PermitQuery Everything { get; } = new(null, null, null, null, null);

    /// <summary>Whether anything narrows the list beyond the service kind (the list is then read through and filtered).</summary>
    public bool Searches => Text is not null || CallSign is not null || FrequencyFrom is not null || FrequencyTo is not null;

    public static Outcome<PermitQuery> Parse(Func<string, string?> parameter)
    {
        var errors = new FieldErrors();
        string? Given(string name) => parameter(name)?.Trim() is { Length: > 0 } text ? text : null;

        var text = Given("q");
        if (text is { Length: > 100 })
        {
            errors.Add("q", "At most 100 characters.");
        }

        var callSign = Given("callSign")?.ToUpperInvariant();
        if (callSign is { Length: > 20 })
        {
            errors.Add("callSign", "At most 20 characters.");
        }

        decimal? Frequency(string name)
        {
            if (Given(name) is not { } given)
            {
                return null;
            }

            if (decimal.TryParse(given, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mhz) && mhz <= 300_000m)
            {
                return mhz;
            }

            errors.Add(name, "A frequency in MHz from 0 to 300000, with a decimal point (150.0125).");
            return null;
        }

        var (from, to) = (Frequency("frequencyFrom"), Frequency("frequencyTo"));
        if (from is { } low && to is { } high && high < low)
        {
            errors.Add("frequencyTo", "Not below frequencyFrom.");
        }

        ServiceKind? service = null;
        if (Given("service") is { } kind && (service = Vocabulary<ServiceKind>.Parse(kind)) is null)
        {
            errors.Add("service", Vocabulary<ServiceKind>.OneOf);
        }

        return errors.IsEmpty ? new PermitQuery(text, callSign, from, to, service) : new Failure.Invalid(errors);
    }

    /// <summary>
    /// The storage filter over one range of the client's permit rows (keys beginning with <paramref name="rowPrefix"/>):
    /// the service kind, the call sign and the frequency span, which the rows hold as properties.
    /// </summary>
    internal string Filter(string partition, string rowPrefix)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {rowPrefix} and RowKey lt {rowPrefix[..^1] + "}"}");
        if (Service is { } service)
        {
            filter += " and " + TableClient.CreateQueryFilter($"ServiceKind eq {service.Text()}");
        }

        if (CallSign is { } callSign)
        {
            filter += " and " + TableClient.CreateQueryFilter($"CallSign eq {callSign}");
        }

        if (FrequencyTo is { } highest)
        {
            filter += " and " + TableClient.CreateQueryFilter($"LowestMHz le {(double)highest}");
        }

        if (FrequencyFrom is { } lowest)
        {
            filter += " and " + TableClient.CreateQueryFilter($"HighestMHz ge {(double)lowest}");
        }

        return filter;
    }

    /// <summary>Whether a permit's summary row meets the search: what storage could not decide (the text and the exact frequencies).</summary>
    internal bool Matches(PermitEntity row)
    {
        if (Text is { } text
            && !row.Number.StartsWith(text, StringComparison.OrdinalIgnoreCase)
            && !(row.Places ?? "").Contains(text, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (FrequencyFrom is null && FrequencyTo is null)
        {
            return true;
        }

        var (from, to) = (FrequencyFrom ?? 0, FrequencyTo ?? decimal.MaxValue);

        // A row written before the frequencies were kept on it is judged by its lowest and highest: kept when they span the range.
        return row.FrequenciesMHz is { } list
            ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => decimal.Parse(f, CultureInfo.InvariantCulture)).Any(f => f >= from && f <= to)
            : (decimal)row.LowestMHz <= to && (decimal)row.HighestMHz >= from;
    }
}
