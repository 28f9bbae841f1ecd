using Portal.Core.Clients;
using Portal.Core.Documents;

namespace Portal.Core.Reports;

/// <summary>What every report says of itself: whose it is, who issues it, when it was made, in which language.</summary>
internal sealed record ReportContext(Client Client, string Language, DateTimeOffset MadeAt, IReadOnlyList<string> Issuer)
{
    public string Text(string key) => DocumentText.Get(Language, key);

    public ReportHeading Heading(string titleKey, params (string Label, string Value)[] facts) => new(
        Text(titleKey),
        [
            (Text("reports.client"), Client.Name),
            .. Client.RegistrationNumber is { } number ? [(Text("reports.registrationNumber"), number)] : Array.Empty<(string, string)>(),
            .. facts,
            (Text("reports.made"), RigaCalendar.TimeText(MadeAt)),
            (Text("reports.currency"), "EUR"),
        ],
        Issuer);
}
