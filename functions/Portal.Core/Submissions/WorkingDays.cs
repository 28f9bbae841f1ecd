using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Portal.Core.Submissions;

/// <summary>
/// Latvia's working days for the years the portal holds data for (<c>Submissions/Calendar/working-days-lv.json</c>, embedded): Monday
/// to Friday but the public holidays and the working days a Cabinet order moved to a Saturday, and those Saturdays. A deadline
/// counted past the table's years is not guessed: <see cref="Deadline"/> answers null, and the caller refuses the date.
/// </summary>
public sealed class WorkingDays
{
    private const string Resource = "Calendar.working-days-lv.json";

    private readonly Dictionary<DateOnly, string> _holidays;
    private readonly HashSet<DateOnly> _movedOff;
    private readonly HashSet<DateOnly> _movedOn;
    private readonly HashSet<int> _unpublished;

    private WorkingDays(IReadOnlyList<WorkingDayYear> years)
    {
        Years = years;
        _holidays = years.SelectMany(y => y.Holidays).ToDictionary(h => h.Date, h => h.Name);
        _movedOff = [.. years.SelectMany(y => y.Transfers).Select(t => t.From)];
        _movedOn = [.. years.SelectMany(y => y.Transfers).Select(t => t.To)];
        _unpublished = [.. years.Where(y => !y.TransfersPublished).Select(y => y.Year)];
    }

    /// <summary>The calendar shipped in this assembly.</summary>
    public static WorkingDays Shipped { get; } = Load(typeof(WorkingDays).Assembly);

    /// <summary>The years covered, consecutive, in order.</summary>
    public IReadOnlyList<WorkingDayYear> Years { get; }

    public DateOnly First => new(Years[0].Year, 1, 1);

    public DateOnly Last => new(Years[^1].Year, 12, 31);

    public bool Covers(DateOnly day) => day >= First && day <= Last;

    /// <summary>Whether <paramref name="day"/> is worked; only for a day the table covers.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (!Covers(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"The working-day calendar covers {First:yyyy}–{Last:yyyy}.");
        }

        return _movedOn.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.ContainsKey(day) && !_movedOff.Contains(day));
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="from"/> (the day itself not counted), or null when
    /// <paramref name="from"/> or that day lies outside the table.
    /// </summary>
    public WorkingDayDeadline? Deadline(DateOnly from, int count)
    {
        if (!Covers(from))
        {
            return null;
        }

        var day = from;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (!Covers(day))
            {
                return null;
            }

            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        var confirmed = Enumerable.Range(from.Year, day.Year - from.Year + 1).All(year => !_unpublished.Contains(year));
        return new WorkingDayDeadline(from, count, day, confirmed);
    }

    /// <summary>Why no deadline is counted from <paramref name="from"/>: the words the API and the UI give.</summary>
    public string Beyond(DateOnly from, int count) => string.Create(CultureInfo.InvariantCulture,
        $"The portal's working-day calendar covers {First:yyyy}–{Last:yyyy}, so it cannot count {count} working days from {from:yyyy-MM-dd}. Check the day; if it is right, call ES or send a free-form request.");

    internal static WorkingDays Load(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(Resource) ?? throw new InvalidOperationException($"The working-day calendar {Resource} is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return Parse(document.RootElement);
    }

    /// <summary>Reads and checks the table: consecutive years; each holiday in its year; each transfer from a weekday to a Saturday of its year.</summary>
    internal static WorkingDays Parse(JsonElement root)
    {
        var years = new List<WorkingDayYear>();
        foreach (var entry in root.GetProperty("years").EnumerateArray())
        {
            var year = entry.GetProperty("year").GetInt32();
            var holidays = entry.GetProperty("holidays").EnumerateArray().Select(h => new Holiday(Day(h, "date", year), h.GetProperty("name").GetString()!)).ToList();
            var transfers = entry.GetProperty("transfers").EnumerateArray().Select(t => new WorkdayTransfer(Day(t, "from", year), Day(t, "to", year), t.GetProperty("order").GetString()!)).ToList();
            foreach (var transfer in transfers)
            {
                if (transfer.From.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Any(h => h.Date == transfer.From) || transfer.To.DayOfWeek != DayOfWeek.Saturday)
                {
                    throw new InvalidOperationException($"The working-day calendar's {year} moves {transfer.From:yyyy-MM-dd} to {transfer.To:yyyy-MM-dd}: only a weekday's work moves, and to a Saturday.");
                }
            }

            if (years.Count > 0 && years[^1].Year != year - 1)
            {
                throw new InvalidOperationException($"The working-day calendar's years are not consecutive: {years[^1].Year}, then {year}.");
            }

            years.Add(new WorkingDayYear(year, holidays, transfers, entry.GetProperty("transfersPublished").GetBoolean()));
        }

        return years.Count > 0 ? new WorkingDays(years) : throw new InvalidOperationException("The working-day calendar covers no year.");
    }

    private static DateOnly Day(JsonElement parent, string name, int year)
    {
        var text = parent.GetProperty(name).GetString();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year == year
            ? day
            : throw new InvalidOperationException($"The working-day calendar's {year} has {name} {text}: not a day (yyyy-MM-dd) of that year.");
    }
}

/// <summary>One year of the table: its holidays, its working days moved to a Saturday, and whether that year's order is known.</summary>
public sealed record WorkingDayYear(int Year, IReadOnlyList<Holiday> Holidays, IReadOnlyList<WorkdayTransfer> Transfers, bool TransfersPublished);

public sealed record Holiday(DateOnly Date, string Name);

/// <summary>A working day moved by a Cabinet order: <see cref="From"/> is a day off, the Saturday <see cref="To"/> is worked.</summary>
public sealed record WorkdayTransfer(DateOnly From, DateOnly To, string Order);

/// <summary>
/// A deadline counted in working days: the <see cref="WorkingDays"/>-th working day after <see cref="From"/>; <see cref="TransfersConfirmed"/>
/// is false when a year it crosses has no known order on moved working days (the count may then be a day off).
/// </summary>
public sealed record WorkingDayDeadline(DateOnly From, int WorkingDays, DateOnly Deadline, bool TransfersConfirmed);
