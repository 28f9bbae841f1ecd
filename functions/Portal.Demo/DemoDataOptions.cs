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
}
