namespace Portal.Core.Reports;

/// <summary>A column of a report's table: its heading, its share of the page's width, and whether it holds amounts (set right).</summary>
public sealed record ReportColumn(string Heading, double Width, bool Amount = false);
