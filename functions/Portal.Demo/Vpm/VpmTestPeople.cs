namespace Portal.Demo.Vpm;

/// <summary>
/// The one list of people the Latvija.lv stand-in offers (development and tests only), each with a stable key. Their codes are
/// public constants so the demo data and the tests can give stored users and clients the same codes. Codes taken from the demo
/// data say where from; the others are made up here, valid in shape (an old-form code with its checksum), and in no demo data.
/// </summary>
public static class VpmTestPeople
{
    public const string OlderCodeKey = "older-code";
    public const string NewClientKey = "new-client";
    public const string PasswordUserKey = "password-user";
    public const string UnknownKey = "unknown";
    public const string SignatoryKey = "signatory";

    /// <summary>Made up: the current code (the 32… form) of a person whose code changed.</summary>
    public const string OlderCodeCurrent = "32784510269";

    /// <summary>Made up: that person's earlier code, old form 150378-11002.</summary>
    public const string OlderCodePrevious = "15037811002";

    /// <summary>
    /// From the demo data: the first natural person of the generated demo clients (<c>FeedGenerator.Demo</c> with the demo's seed
    /// 2026, external id <c>GEN2026-C-0001</c>, Dace Rozenberga, fed as 171053-16687), who has no portal user. A unit test holds
    /// this to the generator.
    /// </summary>
    public const string NewClientCode = "17105316687";

    /// <summary>From the demo data: the code of Jānis Bērziņš's own client (<c>DEMO-CLIENT-JANIS</c>), the demo password user.</summary>
    public const string PasswordUserCode = "32000000001";

    /// <summary>Made up: a person known nowhere.</summary>
    public const string UnknownCode = "32691047731";

    /// <summary>Made up: a person signing in as a company's signatory, known nowhere as a person (old form 090469-11004).</summary>
    public const string SignatoryCode = "09046911004";

    /// <summary>From the demo data: the company the signatory signs for, SIA “Radio Viļņi” (<c>DEMO-CLIENT-SIA-VILNI</c>).</summary>
    public const string SignatoryCompany = "40003000001";

    /// <summary>
    /// The methods' names are made up: VDAA's public material shows only its test provider's (<c>urn:ivis:100001:am-idp40-wif</c>).
    /// The portal passes whatever VPM names on as it is.
    /// </summary>
    public const string EidCard = "urn:ivis:100001:am-eid";
    public const string EParakstsMobile = "urn:ivis:100001:am-eparaksts-mobile";
    public const string SmartId = "urn:ivis:100001:am-smart-id";

    public static IReadOnlyList<VpmTestPerson> All { get; } =
    [
        new(OlderCodeKey, "ILZE", "OZOLA", $"PK:{OlderCodeCurrent}", OlderCodeCurrent, [OlderCodePrevious], EidCard, "4",
            "persona, kuras personas kods ir mainījies (pašreizējais un viens agrākais)", "a person whose personal code changed (current and one earlier)"),
        new(NewClientKey, "DACE", "ROZENBERGA", $"PK:{NewClientCode}", NewClientCode, [], EParakstsMobile, "4",
            "demo klients - fiziska persona bez portāla lietotāja", "a demo natural-person client with no portal user"),
        new(PasswordUserKey, "JĀNIS", "BĒRZIŅŠ", $"PK:{PasswordUserCode}", PasswordUserCode, [], EidCard, "4",
            "demo lietotājs ar paroli (janis.berzins@demo.radioatlaujas.lv)", "the demo password user (janis.berzins@demo.radioatlaujas.lv)"),
        new(UnknownKey, "OSKARS", "LAPIŅŠ", $"PK:{UnknownCode}", UnknownCode, [], SmartId, "3",
            "persona, kuru portāls nepazīst", "a person the portal does not know"),
        new(SignatoryKey, "MĀRIS", "LIEPIŅŠ", $"PK:{SignatoryCode}-UR:{SignatoryCompany}", SignatoryCode, [], EParakstsMobile, "4",
            "uzņēmuma paraksttiesīgā persona (SIA “Radio Viļņi”), citādi nepazīstama", "a company's signatory (SIA “Radio Viļņi”), otherwise unknown"),
    ];

    /// <summary>The person with this key; null for none.</summary>
    public static VpmTestPerson? Find(string? key) => All.FirstOrDefault(p => p.Key == key);
}
