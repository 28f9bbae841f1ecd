namespace Portal.Demo;

/// <summary>Demo sign-ins for a local portal (./dev up). Development only: start-up fails if it is switched on anywhere else.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }

    /// <summary>The demo users' password, made per machine by ./dev up and kept in an ignored file.</summary>
    public string? Password { get; set; }

    public static IReadOnlyList<(string Email, string FirstName, string LastName, string Language)> Users { get; } =
    [
        ("janis.berzins@demo.radioatlaujas.lv", "Jānis", "Bērziņš", "lv"),
        ("anna.kalnina@demo.radioatlaujas.lv", "Anna", "Kalniņa", "en"),
    ];

    /// <summary>
    /// The demo users' personal codes for the Latvija.lv stand-in: Jānis has his own client's code, typed by hand and not yet verified (so
    /// his first sign-in with Latvija.lv links it with his password); Anna has none.
    /// </summary>
    public static string? PersonalCodeOf(string email) => email == Users[0].Email ? Vpm.VpmTestPeople.PasswordUserCode : null;

    /// <summary>
    /// A user without a password who signed in with Latvija.lv before her personal code changed: the stand-in's person with an older
    /// code signs in as her, and her code becomes the current one.
    /// </summary>
    public static (string Email, string FirstName, string LastName, string Language) EidUser { get; } = ("ilze.ozola@demo.radioatlaujas.lv", "Ilze", "Ozola", "lv");
}
