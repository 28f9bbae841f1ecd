using System.Globalization;

namespace Portal.Core.Notifications;

/// <summary>A reminder digest's items as lines, in the user's language: Riga dates as dd.MM.yyyy, euros as the portal writes them.</summary>
public static class ReminderLines
{
    public static string Invoice(string language, string client, string number, long openCents, DateOnly dueOn) =>
        language == "en"
            ? $"{client}: invoice {number}, €{Euros(language, openCents)} to pay, due {Date(dueOn)}"
            : $"{client}: rēķins {number}, jāmaksā {Euros(language, openCents)} €, termiņš {Date(dueOn)}";

    public static string Permit(string language, string client, string number, DateOnly validTo, int daysLeft) =>
        language == "en"
            ? $"{client}: permit {number}, valid until {Date(validTo)} ({daysLeft} days left)"
            : $"{client}: atļauja {number}, derīga līdz {Date(validTo)} (atlikušas {daysLeft} dienas)";

    public static string Draft(string language, string client, string form, DateTimeOffset lapsesAt, string link) =>
        language == "en"
            ? $"{client}: draft “{form}”, kept until {RigaCalendar.TimeText(lapsesAt)} (Riga time): {link}"
            : $"{client}: melnraksts “{form}”, glabā līdz {RigaCalendar.TimeText(lapsesAt)} (Rīgas laiks): {link}";

    /// <summary>The last line of a list cut short; the rest is on the page the email links to.</summary>
    public static string More(string language, int count) => language == "en" ? $"… and {count} more" : $"… un vēl {count}";

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Euros(string language, long cents) => (cents / 100m).ToString("N2", CultureInfo.GetCultureInfo(language == "en" ? "en-IE" : "lv-LV"));
}
