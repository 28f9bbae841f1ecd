namespace Portal.Core.Reports;

public enum ReportRowStyle
{
    Item,

    /// <summary>A sum within the report (a month's): set apart, in bold.</summary>
    Subtotal,

    /// <summary>The report's own sum: in bold, with a rule above.</summary>
    Total,
}
