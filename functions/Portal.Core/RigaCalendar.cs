using System.Globalization;

namespace Portal.Core;

/// <summary>Business dates and times as people in Latvia read them (Europe/Riga); instants are stored in UTC.</summary>
public static class RigaCalendar
{
    private static readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>The instant a Riga date begins (its midnight, in Riga's offset of that day).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }

    public static string TimeText(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, _zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
