namespace Portal.Core.Reports;

/// <summary>One cell of a report's table: text, an amount in euros, a date or a whole number; each writer formats it its own way.</summary>
public readonly record struct ReportCell(string? Text, long? Cents = null, DateOnly? Date = null, long? Whole = null)
{
    public static ReportCell Of(string? text) => new(text);

    public static ReportCell Euros(long cents) => new(null, cents);

    public static ReportCell On(DateOnly date) => new(null, Date: date);

    public static ReportCell Number(long value) => new(null, Whole: value);

    public static ReportCell Empty => new(null);

    public static implicit operator ReportCell(string? text) => new(text);
}
