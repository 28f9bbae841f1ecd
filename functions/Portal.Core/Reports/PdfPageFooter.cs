using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Core.Reports;

/// <summary>The foot of every page of a finished A4 document: a light rule, a line of text at the left, "page n of N" at the right.</summary>
internal static class PdfPageFooter
{
    /// <param name="pageOf">The page's number as a format: <c>{0}</c> the page, <c>{1}</c> the count.</param>
    /// <param name="baseline">How far down the page the footer's text stands, in points.</param>
    public static void Draw(PdfDocument document, XFont font, string text, string pageOf, double margin, double baseline)
    {
        var width = XUnit.FromMillimeter(210).Point;
        for (var i = 0; i < document.PageCount; i++)
        {
            using var page = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var number = string.Format(CultureInfo.InvariantCulture, pageOf, i + 1, document.PageCount);
            page.DrawLine(XPens.LightGray, margin, baseline - 12, width - margin, baseline - 12);
            page.DrawString(text, font, XBrushes.DimGray, new XPoint(margin, baseline));
            page.DrawString(number, font, XBrushes.DimGray, new XPoint(width - margin - page.MeasureString(number, font).Width, baseline));
        }
    }
}
