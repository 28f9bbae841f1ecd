using Portal.Core.Documents;

namespace Portal.Core.Reports;

/// <summary>A report as CSV in the dialect of its language (Latvian: ';' and a decimal comma): the heading's lines, an empty line, the table.</summary>
internal sealed class CsvReportWriter(Stream output, string language) : ReportWriter
{
    private readonly CsvWriter _csv = new(output, language == "en" ? CsvDialect.International : CsvDialect.Latvian);

    public override void Begin(ReportHeading heading, IReadOnlyList<ReportColumn> columns)
    {
        _csv.Row(heading.Title);
        foreach (var (label, value) in heading.Facts)
        {
            _csv.Row(label, value);
        }

        _csv.EndRow();
        _csv.Row([.. columns.Select(c => c.Heading)]);
    }

    public override void Row(ReportRowStyle style, params ReportCell[] cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Cents is { } cents)
            {
                _csv.Euros(cents);
            }
            else if (cell.Whole is { } whole)
            {
                _csv.Number(whole, 0);
            }
            else if (cell.Date is { } date)
            {
                _csv.Date(date);
            }
            else
            {
                _csv.Text(cell.Text);
            }
        }

        _csv.EndRow();
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _csv.FlushAsync(cancellationToken);

    public override Task EndAsync(CancellationToken cancellationToken) => _csv.FlushAsync(cancellationToken);
}
