using System.Text.Json;
using Portal.Core.Submissions;

namespace Portal.UnitTests.Submissions;

/// <summary>
/// Latvia's working-day calendar as shipped: each covered year's holidays (checked against the law's rules: Easter by the Gregorian computus,
/// 4 May and 18 November moved to Monday from a weekend) and its moved working days, and a five-working-day deadline across a holiday and
/// across a moved working day in each year; a day the table cannot count from is refused, not guessed.
/// </summary>
public sealed class WorkingDaysTests
{
    private static readonly WorkingDays _calendar = WorkingDays.Shipped;

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? Deadline(string installedOn) => _calendar.Deadline(Day(installedOn), 5)?.Deadline;

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm, to check the table's Easter days against.</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        return new DateOnly(year, (h + l - (7 * m) + 114) / 31, ((h + l - (7 * m) + 114) % 31) + 1);
    }

    /// <summary>The days off the law gives every year (Sundays aside), with the weekend rule for 4 May and 18 November.</summary>
    private static IEnumerable<DateOnly> LawsWeekdayHolidays(int year)
    {
        var easter = Easter(year);
        DateOnly[] fixedDays = [new(year, 1, 1), easter.AddDays(-2), easter.AddDays(1), new(year, 5, 1), new(year, 5, 4), new(year, 6, 23), new(year, 6, 24), new(year, 11, 18), new(year, 12, 24), new(year, 12, 25), new(year, 12, 26), new(year, 12, 31)];
        foreach (var day in fixedDays)
        {
            yield return day;
        }

        foreach (var day in new DateOnly[] { new(year, 5, 4), new(year, 11, 18) }.Where(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            yield return day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
        }
    }

    [Fact]
    public void Table_CoversAtLeast2025To2027_AndEachYearHasTheLawsHolidays()
    {
        Assert.Equal([2025, 2026, 2027], _calendar.Years.Select(y => y.Year).Where(y => y <= 2027));
        foreach (var year in _calendar.Years)
        {
            var listed = year.Holidays.Select(h => h.Date).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToHashSet();
            var law = LawsWeekdayHolidays(year.Year).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToHashSet();
            Assert.True(law.SetEquals(listed), $"{year.Year}: the table's weekday holidays {string.Join(", ", listed.Order())} are not the law's {string.Join(", ", law.Order())}.");
            Assert.All(listed, d => Assert.False(_calendar.IsWorkingDay(d)));
        }
    }

    [Fact]
    public void Year2025_HolidaysTransfersAndDeadlines()
    {
        var year = _calendar.Years.Single(y => y.Year == 2025);
        Assert.Contains(year.Holidays, h => h.Date == Day("2025-05-05")); // 4 May was a Sunday: Monday off.
        Assert.Equal([(Day("2025-05-02"), Day("2025-05-10")), (Day("2025-11-17"), Day("2025-11-08"))], year.Transfers.Select(t => (t.From, t.To)));
        Assert.True(year.TransfersPublished);
        Assert.False(_calendar.IsWorkingDay(Day("2025-05-02")));
        Assert.True(_calendar.IsWorkingDay(Day("2025-05-10")));

        // Across Easter: Friday 18 and Monday 21 April off.
        Assert.Equal(Day("2025-04-28"), Deadline("2025-04-17"));
        // Across the worked Saturday 10 May.
        Assert.Equal(Day("2025-05-13"), Deadline("2025-05-07"));
        // Across Monday 17 November (moved) and Tuesday 18 November (holiday).
        Assert.Equal(Day("2025-11-24"), Deadline("2025-11-13"));
    }

    [Fact]
    public void Year2026_HolidaysTransfersAndDeadlines()
    {
        var year = _calendar.Years.Single(y => y.Year == 2026);
        Assert.Contains(year.Holidays, h => h.Date == Day("2026-04-03"));
        Assert.Equal([(Day("2026-01-02"), Day("2026-01-17")), (Day("2026-06-22"), Day("2026-06-27"))], year.Transfers.Select(t => (t.From, t.To)));
        Assert.True(year.TransfersPublished);

        // From the end of 2025 across New Year's Eve, New Year's Day and Friday 2 January (moved).
        Assert.Equal(Day("2026-01-09"), Deadline("2025-12-30"));
        // Across Monday 22 June (moved) and Midsummer.
        Assert.Equal(Day("2026-06-26"), Deadline("2026-06-16"));
        // Across the worked Saturday 27 June: without it the deadline would be 1 July.
        Assert.Equal(Day("2026-06-30"), Deadline("2026-06-24"));
        Assert.True(_calendar.Deadline(Day("2026-06-24"), 5)!.TransfersConfirmed);
    }

    [Fact]
    public void Year2027_HolidaysAndDeadlines_TransfersNotYetKnown()
    {
        var year = _calendar.Years.Single(y => y.Year == 2027);
        Assert.Contains(year.Holidays, h => h.Date == Day("2027-03-26"));
        Assert.Contains(year.Holidays, h => h.Date == Day("2027-03-29"));
        // The Cabinet's order on 2027's moved working days is not in the table yet: none is counted, and a deadline in 2027 says so.
        Assert.False(year.TransfersPublished);
        Assert.Empty(year.Transfers);
        Assert.True(_calendar.IsWorkingDay(Day("2027-05-03")));

        // Across Good Friday and Easter Monday.
        Assert.Equal(Day("2027-04-02"), Deadline("2027-03-24"));
        // Across Midsummer (Wednesday and Thursday).
        Assert.Equal(Day("2027-07-01"), Deadline("2027-06-22"));
        Assert.False(_calendar.Deadline(Day("2027-06-22"), 5)!.TransfersConfirmed);
        // From 2026 into 2027 across the year's end: 2026's order is known, 2027's not.
        Assert.Equal(Day("2027-01-07"), Deadline("2026-12-29"));
        Assert.False(_calendar.Deadline(Day("2026-12-29"), 5)!.TransfersConfirmed);
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2027-12-28")]
    [InlineData("2028-01-10")]
    public void ADayTheTableCannotCountFrom_IsRefused(string installedOn)
    {
        Assert.Null(_calendar.Deadline(Day(installedOn), 5));
        Assert.Contains("2025–2027", _calendar.Beyond(Day(installedOn), 5), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.IsWorkingDay(new DateOnly(2028, 1, 3)));
    }

    [Theory]
    [InlineData("""{ "years": [ { "year": 2025, "holidays": [], "transfersPublished": true, "transfers": [ { "from": "2025-05-03", "to": "2025-05-10", "order": "x" } ] } ] }""", "only a weekday's work moves")]
    [InlineData("""{ "years": [ { "year": 2025, "holidays": [ { "date": "2026-01-01", "name": "x" } ], "transfersPublished": true, "transfers": [] } ] }""", "not a day (yyyy-MM-dd) of that year")]
    [InlineData("""{ "years": [ { "year": 2025, "holidays": [], "transfersPublished": true, "transfers": [] }, { "year": 2027, "holidays": [], "transfersPublished": true, "transfers": [] } ] }""", "not consecutive")]
    public void ATableThatIsWrong_IsRefusedWhenItLoads(string json, string why)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Contains(why, Assert.Throws<InvalidOperationException>(() => WorkingDays.Parse(document.RootElement)).Message, StringComparison.Ordinal);
    }
}
