using System.Globalization;
using System.Text.Json;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.Core.Notifications;
using Portal.Core.Reports;

namespace Portal.Core.Submissions;

/// <summary>
/// A sent submission's receipt as an A4 PDF (§31, §23.3): ES as the addressee, the receipt number, when it was sent and by whom, the
/// SHA-256 of its canonical JSON (<see cref="SubmissionHash"/>), then every field the form laid out with its label and the value sent,
/// whole (long texts wrap, never cut), with "page n of N" at each foot.
/// </summary>
public static class SubmissionReceipt
{
    private const double Margin = 48;
    private const double Line = 12.5;
    private const double LabelWidth = 170;

    public static async Task WriteAsync(Stream output, FormDefinition form, SentSubmission sent, string language, CancellationToken cancellationToken)
    {
        PortalFonts.Install();
        var en = language == "en";
        using var document = new PdfDocument();
        var text = new XFont(PortalFonts.Family, 9, XFontStyleEx.Regular);
        var bold = new XFont(PortalFonts.Family, 9, XFontStyleEx.Bold);
        var small = new XFont(PortalFonts.Family, 7.5, XFontStyleEx.Regular);
        var title = new XFont(PortalFonts.Family, 15, XFontStyleEx.Bold);
        var formTitle = Local(form.Json.GetProperty("title"), language);
        var heading = en ? $"Receipt {sent.ReceiptNumber}" : $"Iesnieguma apliecinājums {sent.ReceiptNumber}";
        document.Info.Title = heading;
        document.Info.Author = "VAS “Elektroniskie sakari”";

        var page = new Page(document);
        page.Draw("VAS “Elektroniskie sakari”", small, XBrushes.DimGray, Margin);
        page.Next(10);
        page.Draw(en ? EsContact.En : EsContact.Lv, small, XBrushes.DimGray, Margin);
        page.Next(26);
        page.Draw(heading, title, XBrushes.Black, Margin);
        page.Next(22);
        foreach (var (label, value) in new[]
        {
            (en ? "Submission" : "Iesniegums", $"{formTitle} ({form.Kind}, v{form.Version})"),
            (en ? "Client" : "Klients", sent.ClientName),
            (en ? "Sent" : "Nosūtīts", $"{RigaCalendar.TimeText(sent.SubmittedAt)} {(en ? "(Riga time)" : "(Rīgas laiks)")}"),
            (en ? "Sent by" : "Nosūtīja", sent.SubmittedBy),
            ("SHA-256", sent.Sha256),
        })
        {
            page.Pair(label, value, bold, text);
        }

        page.Next(4);
        page.Wrap(en
            ? "Confirmed in the portal with the user's password, this submission counts as signed by hand (clause 31 of the terms). The SHA-256 is of the submission's canonical JSON form (the portal's documentation says how to compute it)."
            : "Portālā ar lietotāja paroli apstiprināts, šis iesniegums ir uzskatāms par pašrocīgi parakstītu (noteikumu 31. punkts). SHA-256 ir aprēķināts no iesnieguma kanoniskās JSON formas (kā to aprēķināt, apraksta portāla dokumentācija).",
            small, Margin, page.Usable);
        page.Next(14);
        page.Draw(en ? "Content" : "Saturs", bold, XBrushes.Black, Margin);
        page.Next(4);
        page.Rule();
        page.Next(Line);
        // A form begun from a permit shows each changed value beside the permit's: "old → new".
        var before = form.BeginsFromPermit && sent.Content.TryGetProperty(PermitPrefill.Before, out var held) ? held : default;
        if (before.ValueKind == JsonValueKind.Object)
        {
            page.Wrap(en ? "A changed value is shown after the permit's: permit's value → value asked for." : "Mainītā vērtība parādīta aiz atļaujas vērtības: atļaujā → pieprasīts.", small, Margin, page.Usable);
            page.Next(4);
        }

        foreach (var step in form.Json.GetProperty("steps").EnumerateArray())
        {
            Fields(page, step, sent.Content, before, "", language, bold, text);
        }

        page.Next(10);
        page.Draw(en ? "Attachments" : "Pielikumi", bold, XBrushes.Black, Margin);
        page.Next(4);
        page.Rule();
        page.Next(Line);
        if (sent.Attachments.Count == 0)
        {
            page.Pair(en ? "Files" : "Datnes", en ? "None" : "Nav", bold, text);
        }

        foreach (var file in sent.Attachments)
        {
            page.Pair(file.Name, $"{file.Size.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')} B · SHA-256 {file.Sha256}", bold, text);
            if (file.SignedBy is { } signer)
            {
                page.Pair("", en ? $"Signed e-document, the certificate names: {signer} (not verified by the portal)" : $"Parakstīts e-dokuments, sertifikātā norādīts: {signer} (portāls parakstu nepārbauda)", bold, text);
            }
        }

        page.Finish(en ? "Page {0} of {1}" : "{0}. lapa no {1}", small, $"{heading} · SHA-256 {sent.Sha256[..16]}…");
        await document.SaveAsync(output, closeStream: false);
    }

    /// <summary>The fields of a step or group as label and value lines, lists item by item; with <paramref name="before"/>, the value it had where it changed.</summary>
    private static void Fields(Page page, JsonElement container, JsonElement content, JsonElement before, string prefix, string language, XFont bold, XFont text)
    {
        foreach (var field in container.GetProperty("fields").EnumerateArray())
        {
            var name = field.GetProperty("path").GetString()!;
            var label = prefix + Local(field.GetProperty("label"), language);
            if (content.ValueKind != JsonValueKind.Object || !content.TryGetProperty(name, out var value))
            {
                continue;
            }

            var was = before.ValueKind == JsonValueKind.Object && before.TryGetProperty(name, out var old) ? old : default;
            switch (field.GetProperty("input").GetString())
            {
                case "group":
                    Fields(page, field, value, was, $"{label} · ", language, bold, text);
                    break;
                case "list":
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Fields(page, field, item, was.ValueKind == JsonValueKind.Array && index < was.GetArrayLength() ? was[index] : default, $"{label} {++index} · ", language, bold, text);
                    }

                    break;
                case FormFileCheck.Snapshot when value.ValueKind is JsonValueKind.Object or JsonValueKind.Array:
                    // The permit's values as they were: shown beside each changed value instead.
                    break;
                case FormFileCheck.Snapshot when before.ValueKind == JsonValueKind.Object && before.TryGetProperty("number", out var number) && number.ValueKind == JsonValueKind.String:
                    // The permit amended, by its number and its id.
                    page.Pair(label, $"{number.GetString()} ({Shown(field, value, language)})", bold, text);
                    break;
                default:
                    var shown = Shown(field, value, language);
                    page.Pair(label, was.ValueKind != JsonValueKind.Undefined && !JsonElement.DeepEquals(was, value) ? $"{Shown(field, was, language)} → {shown}" : shown, bold, text);
                    break;
            }
        }
    }

    private static string Shown(JsonElement field, JsonElement value, string language) => value.ValueKind switch
    {
        JsonValueKind.True => language == "en" ? "Yes" : "Jā",
        JsonValueKind.False => language == "en" ? "No" : "Nē",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String when field.TryGetProperty("options", out var options) && options.TryGetProperty(value.GetString()!, out var option) => Local(option, language),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    private static string Local(JsonElement local, string language) =>
        local.TryGetProperty(language, out var text) ? text.GetString()! : local.GetProperty("lv").GetString()!;

    /// <summary>The pages as they fill: a line position, a new page when the next line would pass the foot.</summary>
    private sealed class Page(PdfDocument document)
    {
        private XGraphics? _graphics;
        private double _y = double.MaxValue;

        public double Usable => Width - (2 * Margin);

        private static double Width => XUnit.FromMillimeter(210).Point;

        private static double Height => XUnit.FromMillimeter(297).Point;

        public void Next(double by)
        {
            Ensure();
            _y += by;
        }

        public void Draw(string value, XFont font, XBrush brush, double x)
        {
            Ensure();
            _graphics!.DrawString(value, font, brush, new XPoint(x, _y));
        }

        public void Rule()
        {
            Ensure();
            _graphics!.DrawLine(XPens.Black, Margin, _y, Width - Margin, _y);
        }

        /// <summary>A label and its value beside it, the value wrapped to as many lines as it needs.</summary>
        public void Pair(string label, string value, XFont bold, XFont font)
        {
            Ensure();
            var labels = Lines(label, bold, LabelWidth - 8);
            var values = Lines(value, font, Usable - LabelWidth);
            for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
            {
                Ensure();
                if (i < labels.Count)
                {
                    _graphics!.DrawString(labels[i], bold, XBrushes.Black, new XPoint(Margin, _y));
                }

                if (i < values.Count)
                {
                    _graphics!.DrawString(values[i], font, XBrushes.Black, new XPoint(Margin + LabelWidth, _y));
                }

                _y += Line;
            }

            _y += 2;
        }

        public void Wrap(string value, XFont font, double x, double width)
        {
            foreach (var line in Lines(value, font, width))
            {
                Draw(line, font, XBrushes.DimGray, x);
                _y += Line - 2;
            }
        }

        public void Finish(string pageOf, XFont small, string footer)
        {
            _graphics?.Dispose();
            _graphics = null;
            PdfPageFooter.Draw(document, small, footer, pageOf, Margin, Height - Margin + 16);
        }

        private void Ensure()
        {
            if (_y <= Height - Margin - Line)
            {
                return;
            }

            _graphics?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        /// <summary>Text broken into lines that fit <paramref name="width"/>: at spaces and line breaks, inside a word only when it alone is too wide.</summary>
        private List<string> Lines(string value, XFont font, double width)
        {
            using var measure = XGraphics.CreateMeasureContext(new XSize(Width, Height), XGraphicsUnit.Point, XPageDirection.Downwards);
            var lines = new List<string>();
            foreach (var paragraph in value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' '))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (measure.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }

                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }

                    line = word;
                    while (line.Length > 1 && measure.MeasureString(line, font).Width > width)
                    {
                        var cut = line.Length - 1;
                        while (cut > 1 && measure.MeasureString(line[..cut], font).Width > width)
                        {
                            cut--;
                        }

                        lines.Add(line[..cut]);
                        line = line[cut..];
                    }
                }

                lines.Add(line);
            }

            return lines;
        }
    }
}

/// <summary>What a receipt states of a sent submission.</summary>
public sealed record SentSubmission(string ReceiptNumber, string ClientName, DateTimeOffset SubmittedAt, string SubmittedBy, string Sha256, JsonElement Content, IReadOnlyList<SentAttachment> Attachments);
