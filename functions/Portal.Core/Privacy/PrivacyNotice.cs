namespace Portal.Core.Privacy;

/// <summary>
/// The privacy notice (§9, §23.1, §25) in Latvian and English: what is kept, why, for how long and how to ask ES. The periods
/// come from <see cref="RetentionOptions"/>, the settings the retention timer deletes by.
/// </summary>
public static class PrivacyNotice
{
    private static readonly (RetentionKind Kind, string WhatLv, string WhyLv, string WhatEn, string WhyEn)[] _kinds =
    [
        (RetentionKind.Sessions, "Pieslēgšanās sesijas (IP adrese, pārlūks)", "drošai pieslēgšanai un sesiju pārskatam",
            "Sign-in sessions (IP address, browser)", "to keep sign-in safe and list your sessions"),
        (RetentionKind.OneTimeLinks, "Vienreizējās saites (paroles atjaunošana, aktivizēšana, e-pasta maiņa, ielūgumi)", "lai saiti varētu izmantot vienreiz",
            "One-time links (password reset, activation, email change, invitations)", "so that a link works once"),
        (RetentionKind.Throttle, "Pieprasījumu skaitītāji pēc IP adreses un e-pasta", "aizsardzībai pret minēšanu un ļaunprātīgu izmantošanu",
            "Request counters by IP address and email", "to protect against guessing and abuse"),
        (RetentionKind.Outbox, "Nosūtīto e-pastu ieraksti (bez satura)", "lai pierādītu, kad informācija nosūtīta (§25)",
            "Records of sent emails (without their content)", "to show when information was sent (§25)"),
        (RetentionKind.RejectedApplications, "Noraidītie reģistrācijas pieteikumi un to dokumenti", "lai atbildētu uz jautājumiem par lēmumu",
            "Rejected registration applications and their documents", "to answer questions about the decision"),
        (RetentionKind.AuditTrails, "Darbību žurnāls (pieslēgšanās, izmaiņas, IP adrese)", "kā pierādījums par sniegtajiem pakalpojumiem un paziņojumiem (§23.3)",
            "The activity trail (sign-ins, changes, IP address)", "as evidence of services received and notices given (§23.3)"),
        (RetentionKind.Reports, "Lietotāja sagatavotās atskaites", "lai tās varētu lejupielādēt",
            "Reports you generate", "so that you can download them"),
        (RetentionKind.Drafts, "Nenosūtītu pieprasījumu melnraksti", "lai darbu varētu turpināt",
            "Drafts of requests not yet sent", "so that you can continue them"),
        (RetentionKind.TableExports, "Visu portāla datu rezerves kopijas", "lai datus varētu atjaunot pēc kļūmes",
            "Backup copies of all the portal's data", "to restore the data after a failure"),
        (RetentionKind.SubmissionFiles, "Nosūtīto iesniegumu pielikumi (datnes)", "lai ES tos saņemtu; to SHA-256 paliek kvītī",
            "Files attached to sent submissions", "so that ES can fetch them; their SHA-256 stays on the receipt"),
    ];

    private static readonly Dictionary<string, (string Title, string[] Paragraphs)> _texts = new()
    {
        ["lv"] = ("Privātuma paziņojums",
        [
            "Klientu portāla personas datu pārzinis ir VAS “Elektroniskie sakari” (ES). Portālā ES glabā jūsu personas datus, jūsu ierīces IP adresi un visu, ko sūtāt caur portālu (noteikumu 9. un 23.1. punkts), lai sniegtu pakalpojumus attālināti.",
            "Jūsu konta dati (vārds, uzvārds, e-pasts, tālrunis, adrese, pārstāvētie klienti, noteikumu apstiprinājumi) tiek glabāti, kamēr konts ir aktīvs.",
            "Informācija, kas nosūtīta uz jūsu e-pastu, uzskatāma par nosūtītu tās nosūtīšanas brīdī (25. punkts); nosūtīšanas laiku redzat savā darbību vēsturē.",
            "Savus datus JSON formātā varat lejupielādēt profila lapā. Lai uzzinātu vairāk, labotu vai dzēstu datus, rakstiet ES uz info@vases.lv vai zvaniet 67332179.",
        ]),
        ["en"] = ("Privacy notice",
        [
            "The controller of personal data in the client portal is VAS “Elektroniskie sakari” (ES). ES keeps your personal data, your device's IP address and everything you send through the portal (clauses 9 and 23.1 of the terms) to provide its services remotely.",
            "Your account's data (name, email, phone, address, the clients you act for, your acceptances of the terms) is kept while the account is active.",
            "Information sent to your email counts as delivered when it is sent (clause 25); you see when each email was sent in your activity.",
            "You can download your data as JSON from your profile page. To learn more, correct or delete your data, write to ES at info@vases.lv or call +371 67332179.",
        ]),
    };

    /// <summary>The notice in "lv" or "en".</summary>
    public static PrivacyNoticeText In(string language, RetentionOptions retention)
    {
        var english = language == "en";
        var (title, paragraphs) = _texts[english ? "en" : "lv"];
        return new(title, paragraphs, [.. _kinds.Select(k => new RetentionRow(Word(k.Kind), english ? k.WhatEn : k.WhatLv, english ? k.WhyEn : k.WhyLv, retention.DaysOf(k.Kind)))]);
    }

    /// <summary>The kind's name in the API and the docs: "one-time-links".</summary>
    public static string Word(RetentionKind kind) => kind switch
    {
        RetentionKind.Sessions => "sessions",
        RetentionKind.OneTimeLinks => "one-time-links",
        RetentionKind.Throttle => "throttle",
        RetentionKind.Outbox => "outbox",
        RetentionKind.RejectedApplications => "rejected-applications",
        RetentionKind.AuditTrails => "audit-trails",
        RetentionKind.Reports => "reports",
        RetentionKind.Drafts => "drafts",
        RetentionKind.TableExports => "table-exports",
        RetentionKind.SubmissionFiles => "submission-files",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
