namespace Portal.Core.Reports;

/// <summary>Writes one report as a file: a heading, then a table row by row, so a builder writes what it reads as it reads it.</summary>
public abstract class ReportWriter
{
    public abstract void Begin(ReportHeading heading, IReadOnlyList<ReportColumn> columns);

    public abstract void Row(ReportRowStyle style, params ReportCell[] cells);

    /// <summary>Lets what has gathered go out (a CSV file writes as it goes; a PDF waits for the end).</summary>
    public abstract Task FlushAsync(CancellationToken cancellationToken);

    public abstract Task EndAsync(CancellationToken cancellationToken);

    public static ReportWriter For(ReportFormat format, Stream output, string language) => format switch
    {
        ReportFormat.Csv => new CsvReportWriter(output, language),
        _ => new PdfReportWriter(output, language),
    };
}
