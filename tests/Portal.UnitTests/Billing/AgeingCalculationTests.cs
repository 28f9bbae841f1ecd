using Portal.Core.Billing;

namespace Portal.UnitTests.Billing;

public sealed class AgeingCalculationTests
{
    [Theory]
    [InlineData(-5, AgeingBucket.NotDue)]
    [InlineData(0, AgeingBucket.NotDue)]
    [InlineData(1, AgeingBucket.Days1To30)]
    [InlineData(30, AgeingBucket.Days1To30)]
    [InlineData(31, AgeingBucket.Days31To60)]
    [InlineData(60, AgeingBucket.Days31To60)]
    [InlineData(61, AgeingBucket.Days61To90)]
    [InlineData(90, AgeingBucket.Days61To90)]
    [InlineData(91, AgeingBucket.Over90)]
    public void BucketOf_TheBandsEdges(int daysPastDue, AgeingBucket expected) => Assert.Equal(expected, AgeingLine.BucketOf(daysPastDue));

    [Fact]
    public void Result_UnnamedMoneySettlesOldestDueFirst_TiesByNumber_AndWhatIsLeftIsCredit()
    {
        var asOf = new DateOnly(2026, 6, 30);
        var calculation = new AgeingCalculation(asOf);
        calculation.Add(Invoice("B", "RE-2", "2026-05-01", "2026-05-31", 1_000));
        calculation.Add(Invoice("A", "RE-1", "2026-05-01", "2026-05-31", 1_000));
        calculation.Add(Invoice("C", "RE-3", "2026-06-01", "2026-07-01", 500, settlements: """{"payment|P2":200}"""));
        calculation.Add(Invoice("D", "RE-4", "2026-07-01", "2026-07-31", 9_999));
        calculation.Add(Payment("P1", "2026-06-10", 1_500));
        calculation.Add(Payment("P2", "2026-06-11", 200));
        calculation.Add(Payment("P3", "2026-07-02", 7_000));

        var ageing = calculation.Result();

        // P1 settles RE-1 whole and half of RE-2 (same due date, by number); P2 names RE-3; P3 and RE-4 come after the day.
        Assert.Equal([("RE-2", 500L, 30), ("RE-3", 300L, -1)], ageing.Lines.Select(l => (l.Number, l.OpenCents, l.DaysPastDue)));
        Assert.Equal(500, ageing.BucketCents[AgeingBucket.Days1To30]);
        Assert.Equal(300, ageing.BucketCents[AgeingBucket.NotDue]);
        Assert.Equal(0, ageing.CreditCents);
    }

    [Fact]
    public void Result_MoneyBeyondEverythingOpen_IsCredit_AndACancelledInvoiceCountsForNothing()
    {
        var calculation = new AgeingCalculation(new DateOnly(2026, 6, 30));
        calculation.Add(Invoice("A", "RE-1", "2026-05-01", "2026-05-31", 1_000));
        calculation.Add(Invoice("X", "RE-9", "2026-05-01", "2026-05-31", 5_000, status: "cancelled"));
        calculation.Add(Payment("P1", "2026-06-10", 1_250));

        var ageing = calculation.Result();

        Assert.Empty(ageing.Lines);
        Assert.Equal(0, ageing.OpenCents);
        Assert.Equal(250, ageing.CreditCents);
    }

    private static InvoiceEntity Invoice(string id, string number, string issued, string due, long cents, string? settlements = null, string status = "issued") =>
        new() { ExternalId = id, Number = number, Kind = "invoice", IssuedOn = issued, DueOn = due, AmountCents = cents, Status = status, Settlements = settlements };

    private static PaymentEntity Payment(string id, string received, long cents) => new() { ExternalId = id, ReceivedOn = received, AmountCents = cents };
}
