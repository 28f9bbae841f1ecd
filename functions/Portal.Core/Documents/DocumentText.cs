namespace Portal.Core.Documents;

/// <summary>
/// The words of the documents the portal makes (CSV exports, reports), in Latvian and English: the same
/// words the UI uses for the same things (static-web/src/i18n), so a file reads like the page it came from.
/// </summary>
public static class DocumentText
{
    public static IReadOnlyList<string> Languages { get; } = ["lv", "en"];

    /// <summary>The language asked for when it is one we write; Latvian otherwise.</summary>
    public static string LanguageOf(string? asked) => asked is "en" ? "en" : "lv";

    public static string Get(string language, string key) =>
        (language == "en" ? _english : _latvian).TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No document text '{key}'.");

    private static readonly Dictionary<string, string> _latvian = new(StringComparer.Ordinal)
    {
        ["invoices.number"] = "Rēķina numurs",
        ["invoices.kind"] = "Veids",
        ["invoices.issued"] = "Izrakstīts",
        ["invoices.due"] = "Apmaksas termiņš",
        ["invoices.amount"] = "Summa",
        ["invoices.open"] = "Jāmaksā",
        ["invoices.state"] = "Stāvoklis",
        ["invoices.billingAccount"] = "Norēķinu konts",
        ["invoices.reference"] = "Maksājuma atsauce",
        ["invoices.kind.invoice"] = "Rēķins",
        ["invoices.kind.credit-note"] = "Kredītrēķins",
        ["invoices.state.open"] = "Gaida apmaksu",
        ["invoices.state.partly-paid"] = "Daļēji apmaksāts",
        ["invoices.state.paid"] = "Apmaksāts",
        ["invoices.state.overdue"] = "Kavēts",
        ["invoices.state.cancelled"] = "Anulēts",
        ["invoices.state.credited"] = "Kreditēts",
        ["invoices.state.applied"] = "Ieskaitīts",
        ["permits.number"] = "Atļaujas numurs",
        ["permits.service"] = "Pakalpojums",
        ["permits.status"] = "Statuss",
        ["permits.validFrom"] = "Derīga no",
        ["permits.validTo"] = "Derīga līdz",
        ["permits.callSign"] = "Izsaukuma signāls",
        ["permits.station"] = "Stacija",
        ["permit.location"] = "Atrašanās vieta",
        ["permits.latitude"] = "Platums",
        ["permits.longitude"] = "Garums",
        ["permits.antennaHeight"] = "Antenas augstums, m",
        ["permits.antennaGain"] = "Antenas pastiprinājums, dBi",
        ["permits.azimuth"] = "Azimuts, °",
        ["permit.polarization"] = "Polarizācija",
        ["permit.equipment"] = "Iekārtas",
        ["permit.frequency"] = "Frekvence, MHz",
        ["permit.bandwidth"] = "Joslas platums, kHz",
        ["permit.emission"] = "Izstarojuma klase",
        ["permit.power"] = "Jauda, W",
        ["permit.direction"] = "Virziens",
        ["service.land-mobile"] = "Sauszemes mobilie sakari",
        ["service.fixed-links"] = "Fiksētie radiosakaru līniju tīkli",
        ["service.broadcasting"] = "Apraide",
        ["service.satellite-earth-stations"] = "Satelītu zemes stacijas",
        ["service.maritime"] = "Jūras radiosakari",
        ["service.aeronautical"] = "Aeronavigācijas radiosakari",
        ["service.amateur"] = "Radioamatieru sakari",
        ["permits.status.valid"] = "Derīga",
        ["permits.status.suspended"] = "Apturēta",
        ["permits.status.expired"] = "Beigusies",
        ["permits.status.cancelled"] = "Anulēta",
    };

    private static readonly Dictionary<string, string> _english = new(StringComparer.Ordinal)
    {
        ["invoices.number"] = "Invoice number",
        ["invoices.kind"] = "Kind",
        ["invoices.issued"] = "Issued",
        ["invoices.due"] = "Due",
        ["invoices.amount"] = "Amount",
        ["invoices.open"] = "To pay",
        ["invoices.state"] = "State",
        ["invoices.billingAccount"] = "Billing account",
        ["invoices.reference"] = "Payment reference",
        ["invoices.kind.invoice"] = "Invoice",
        ["invoices.kind.credit-note"] = "Credit note",
        ["invoices.state.open"] = "Open",
        ["invoices.state.partly-paid"] = "Partly paid",
        ["invoices.state.paid"] = "Paid",
        ["invoices.state.overdue"] = "Overdue",
        ["invoices.state.cancelled"] = "Cancelled",
        ["invoices.state.credited"] = "Credited",
        ["invoices.state.applied"] = "Applied",
        ["permits.number"] = "Permit number",
        ["permits.service"] = "Service",
        ["permits.status"] = "Status",
        ["permits.validFrom"] = "Valid from",
        ["permits.validTo"] = "Valid to",
        ["permits.callSign"] = "Call sign",
        ["permits.station"] = "Station",
        ["permit.location"] = "Location",
        ["permits.latitude"] = "Latitude",
        ["permits.longitude"] = "Longitude",
        ["permits.antennaHeight"] = "Antenna height, m",
        ["permits.antennaGain"] = "Antenna gain, dBi",
        ["permits.azimuth"] = "Azimuth, °",
        ["permit.polarization"] = "Polarisation",
        ["permit.equipment"] = "Equipment",
        ["permit.frequency"] = "Frequency, MHz",
        ["permit.bandwidth"] = "Bandwidth, kHz",
        ["permit.emission"] = "Emission designator",
        ["permit.power"] = "Power, W",
        ["permit.direction"] = "Direction",
        ["service.land-mobile"] = "Land mobile",
        ["service.fixed-links"] = "Fixed links",
        ["service.broadcasting"] = "Broadcasting",
        ["service.satellite-earth-stations"] = "Satellite earth stations",
        ["service.maritime"] = "Maritime",
        ["service.aeronautical"] = "Aeronautical",
        ["service.amateur"] = "Amateur",
        ["permits.status.valid"] = "Valid",
        ["permits.status.suspended"] = "Suspended",
        ["permits.status.expired"] = "Expired",
        ["permits.status.cancelled"] = "Cancelled",
    };
}
