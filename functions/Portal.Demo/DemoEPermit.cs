using System.Globalization;
using Portal.Core.Permits;
using Portal.Core.Reports;

namespace Portal.Demo;

/// <summary>
/// A demo e-permit: the permit's parameters as a PDF, so ./dev up's permit pages have one to download. It says it is a
/// sample and is not signed: ES's real e-permits carry a qualified electronic signature the portal passes on untouched.
/// </summary>
internal static class DemoEPermit
{
    public static async Task<byte[]> PdfAsync(PermitRecord permit, string holder, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var writer = ReportWriter.For(ReportFormat.Pdf, output, "lv");
        writer.Begin(
            new ReportHeading(
                $"E-atļauja Nr. {permit.Number}",
                [
                    ("Atļaujas turētājs", holder),
                    ("Pakalpojums", permit.ServiceKind ?? ""),
                    ("Derīga", $"{Day(permit.ValidFrom)} – {Day(permit.ValidTo)}"),
                    .. permit.CallSign is { } callSign ? [("Izsaukuma signāls", callSign)] : Array.Empty<(string, string)>(),
                    ("Piezīme", "Demonstrācijas paraugs, nav parakstīts ar drošu elektronisko parakstu."),
                ],
                ["VAS “Elektroniskie sakari”"]),
            [
                new("Stacija", 1.6), new("Atrašanās vieta", 2.2), new("Frekvence, MHz", 1.1, Amount: true),
                new("Josla, kHz", 0.9, Amount: true), new("Izstarojums", 1.0), new("Jauda, W", 0.8, Amount: true),
            ]);
        foreach (var station in permit.Stations ?? [])
        {
            foreach (var frequency in station.Frequencies ?? [])
            {
                writer.Row(ReportRowStyle.Item, station.Name, station.Location, Number(frequency.FrequencyMHz), Number(frequency.BandwidthKHz), frequency.Emission, Number(frequency.PowerW));
            }
        }

        await writer.EndAsync(cancellationToken);
        return output.ToArray();
    }

    private static string Day(DateOnly? day) => day?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A Latvian decimal comma.</summary>
    private static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',') ?? "";
}
