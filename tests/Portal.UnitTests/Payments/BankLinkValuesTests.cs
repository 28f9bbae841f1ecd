using Portal.Core.Payments.BankLink;

namespace Portal.UnitTests.Payments;

public sealed class BankLinkValuesTests
{
    [Theory]
    [InlineData("2026-12-01T12:00:00+0200", "2026-12-01T10:00:00Z")]
    [InlineData("2026-12-01T12:00:00+02:00", "2026-12-01T10:00:00Z")]
    [InlineData("2026-12-01T08:30:00-0130", "2026-12-01T10:00:00Z")]
    public void Instant_ReadsTheLocalTimeWithItsOffset(string text, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), BankLinkValues.Instant(text));
    }

    [Theory]
    [InlineData("2026-12-01T10:00:00Z")]
    [InlineData("2026-12-01T12:00:00")]
    [InlineData("2026-12-01 12:00:00+0200")]
    [InlineData("2026-13-01T12:00:00+0200")]
    [InlineData("2026-12-01T12:00:00+0200\n")]
    [InlineData("01.12.2026 12:00")]
    public void Instant_AnythingElse_IsNone(string text)
    {
        Assert.Null(BankLinkValues.Instant(text));
    }

    [Fact]
    public void Time_IsRigasClock_WithTheOffsetOfThatMoment()
    {
        // The night summer time ends: 00:30 UTC is 03:30 summer time, 01:30 UTC is 03:30 winter time.
        Assert.Equal("2026-10-25T03:30:00+0300", BankLinkValues.Time(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2026-10-25T03:30:00+0200", BankLinkValues.Time(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Amount_OfNothingOrLess_IsNoAmountToPay()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BankLinkValues.Amount(0));
    }
}
