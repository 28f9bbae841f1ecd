using System.Globalization;

namespace Portal.Core;

/// <summary>Business dates and times as people in Latvia read them (Europe/Riga); instants are stored in UTC.</summary>
public static class RigaCalendar
{
    private static readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    public static string TimeText(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, _zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
