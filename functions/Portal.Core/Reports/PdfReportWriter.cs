using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Core.Reports;

/// <summary>
/// A report as an A4 PDF: the issuer and the title on the first page, the table's headings on every page, amounts set
/// right in the language's number style, and "page n of N" with the issuer's name at the foot of each page.
/// </summary>
internal sealed class PdfReportWriter : ReportWriter
{
    private const double Margin = 42;
    private const double RowHeight = 13;
    private const double FooterHeight = 24;

    private readonly Stream _output;
    private readonly string _language;
    private readonly PdfDocument _document = new();
    private readonly XFont _text;
    private readonly XFont _bold;
    private readonly XFont _title;
    private readonly XFont _small;
    private readonly NumberFormatInfo _numbers;
    private XGraphics? _page;
    private double _y;
    private IReadOnlyList<ReportColumn> _columns = [];
    private double[] _x = [];
    private double[] _widths = [];
    private string _footer = "";

    public PdfReportWriter(Stream output, string language)
    {
        PortalFonts.Install();
        (_output, _language) = (output, language);
        _text = new XFont(PortalFonts.Family, 8.5, XFontStyleEx.Regular);
        _bold = new XFont(PortalFonts.Family, 8.5, XFontStyleEx.Bold);
        _title = new XFont(PortalFonts.Family, 15, XFontStyleEx.Bold);
        _small = new XFont(PortalFonts.Family, 7.5, XFontStyleEx.Regular);
        // A non-breaking space between thousands in Latvian, a comma in English: an amount never breaks across a line.
        _numbers = language == "en"
            ? new NumberFormatInfo { NumberDecimalSeparator = ".", NumberGroupSeparator = ",", NegativeSign = "-" }
            : new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0", NegativeSign = "-" };
    }

    public override void Begin(ReportHeading heading, IReadOnlyList<ReportColumn> columns)
    {
        _document.Info.Title = heading.Title;
        _document.Info.Author = heading.Issuer.FirstOrDefault() ?? "";
        _document.Info.Creator = heading.Issuer.FirstOrDefault() ?? "";
        _footer = heading.Issuer.FirstOrDefault() ?? "";
        _columns = columns;
        NewPage(withHeadings: false);
        foreach (var line in heading.Issuer)
        {
            _page!.DrawString(line, _small, XBrushes.DimGray, new XPoint(Margin, _y));
            _y += 10;
        }

        _y += 14;
        _page!.DrawString(heading.Title, _title, XBrushes.Black, new XPoint(Margin, _y));
        _y += 20;
        foreach (var (label, value) in heading.Facts)
        {
            _page.DrawString(label, _bold, XBrushes.Black, new XPoint(Margin, _y));
            _page.DrawString(value, _text, XBrushes.Black, new XPoint(Margin + 150, _y));
            _y += RowHeight;
        }

        _y += 10;
        var usable = Width - (2 * Margin);
        var total = columns.Sum(c => c.Width);
        _widths = [.. columns.Select(c => usable * c.Width / total)];
        _x = new double[columns.Count];
        for (var i = 1; i < columns.Count; i++)
        {
            _x[i] = _x[i - 1] + _widths[i - 1];
        }

        Headings();
    }

    public override void Row(ReportRowStyle style, params ReportCell[] cells)
    {
        if (_y + RowHeight > Height - Margin - FooterHeight)
        {
            NewPage(withHeadings: true);
        }

        var page = _page!;
        if (style == ReportRowStyle.Total)
        {
            page.DrawLine(XPens.Black, Margin, _y - 9, Width - Margin, _y - 9);
            _y += 2;
        }

        var font = style == ReportRowStyle.Item ? _text : _bold;
        for (var i = 0; i < cells.Length && i < _columns.Count; i++)
        {
            var text = Format(cells[i]);
            if (text.Length == 0)
            {
                continue;
            }

            Cell(page, i, text, font);
        }

        _y += RowHeight + (style == ReportRowStyle.Subtotal ? 4 : 0);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task EndAsync(CancellationToken cancellationToken)
    {
        _page?.Dispose();
        _page = null;
        PdfPageFooter.Draw(_document, _small, _footer, _language == "en" ? "Page {0} of {1}" : "{0}. lapa no {1}", Margin, Height - Margin);

        await _document.SaveAsync(_output, closeStream: false);
        _document.Dispose();
    }

    private static double Width => XUnit.FromMillimeter(210).Point;

    private static double Height => XUnit.FromMillimeter(297).Point;

    private void NewPage(bool withHeadings)
    {
        _page?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _y = Margin + 8;
        if (withHeadings)
        {
            Headings();
        }
    }

    private void Headings()
    {
        var page = _page!;
        for (var i = 0; i < _columns.Count; i++)
        {
            Cell(page, i, _columns[i].Heading, _bold);
        }

        page.DrawLine(XPens.Black, Margin, _y + 4, Width - Margin, _y + 4);
        _y += RowHeight + 4;
    }

    /// <summary>Text in column <paramref name="column"/> on the current line, cut to fit; set right in an amount's column.</summary>
    private void Cell(XGraphics page, int column, string text, XFont font)
    {
        text = Fit(page, text, font, _widths[column] - 6);
        var x = _columns[column].Amount ? Margin + _x[column] + _widths[column] - 3 - page.MeasureString(text, font).Width : Margin + _x[column];
        page.DrawString(text, font, XBrushes.Black, new XPoint(x, _y));
    }

    private string Format(ReportCell cell) =>
        cell.Cents is { } cents ? (cents / 100m).ToString("N2", _numbers)
        : cell.Whole is { } whole ? whole.ToString("N0", _numbers)
        : cell.Date is { } date ? date.ToString(_language == "en" ? "yyyy-MM-dd" : "dd.MM.yyyy", CultureInfo.InvariantCulture)
        : cell.Text ?? "";

    /// <summary>Text cut with an ellipsis where the column ends, so no cell runs into the next.</summary>
    private static string Fit(XGraphics page, string text, XFont font, double width)
    {
        if (page.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && page.MeasureString(text[..length] + "…", font).Width > width)
        {
            length--;
        }

        return text[..length] + "…";
    }
}
