using Portal.Core.Accounts;

namespace Portal.UnitTests.Accounts;

public sealed class PasswordExpiryScheduleTests
{
    private static readonly DateOnly _expires = new(2027, 3, 1);

    [Fact]
    [Trait("Clause", "15.3")]
    public void ExpiresOn_IsTheRigaDateNinetyDaysOn()
    {
        // 23:30 UTC on 24 November is already 25 November in Riga.
        var changedAt = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2027, 2, 23), PasswordExpirySchedule.ExpiresOn(changedAt, new AccountOptions()));
    }

    [Theory]
    [InlineData(15, new int[0], null)]
    [InlineData(14, new int[0], 14)]
    [InlineData(10, new int[0], 14)]
    [InlineData(10, new[] { 14 }, null)]
    [InlineData(7, new[] { 14 }, 7)]
    [InlineData(5, new int[0], 7)]
    [InlineData(1, new[] { 14, 7 }, 1)]
    [InlineData(1, new[] { 14, 7, 1 }, null)]
    [InlineData(0, new int[0], null)]
    public void DueReminder_EachOnceAndMissedDaysMadeUp(int daysLeft, int[] sent, int? expected)
    {
        var today = _expires.AddDays(-daysLeft);

        Assert.Equal(expected, PasswordExpirySchedule.DueReminder(today, _expires, sent.ToHashSet()));
    }
}
