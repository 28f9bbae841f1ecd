using System.Globalization;

namespace Portal.Core;

/// <summary>Business dates and times as people in Latvia read them (Europe/Riga); instants are stored in UTC.</summary>
public static class RigaCalendar
{
    private static readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(InRiga(instant).DateTime);

    /// <summary>The same instant as a clock in Riga shows it, with Riga's offset of that moment.</summary>
    public static DateTimeOffset InRiga(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>The instant a Riga date begins (its midnight, in Riga's offset of that day).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }

    public static string TimeText(DateTimeOffset instant) =>
        InRiga(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
