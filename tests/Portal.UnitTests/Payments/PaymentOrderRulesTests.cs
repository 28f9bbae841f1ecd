using Portal.Core.Billing;
using Portal.Core.Payments;

namespace Portal.UnitTests.Payments;

/// <summary>The rules of payment orders that need no storage: stamps, references, the explanation, and what the balance makes of orders in flight.</summary>
public sealed class PaymentOrderRulesTests
{
    [Theory]
    // Worked by hand: 6·7 + 5·3 + 4·1 + 3·7 + 2·3 + 1·1 = 89, so the check digit is 1.
    [InlineData("123456", "1234561")]
    // 0·7 ... + 1·7 = 7 from the right-most digit alone, so 3.
    [InlineData("00000000000000000001", "000000000000000000013")]
    // A sum that is already a multiple of ten: 5·7 + 5·3 = 50, so 0.
    [InlineData("55", "550")]
    public void TheReference_IsTheStampWithItsSevenThreeOneCheckDigit(string stamp, string reference) =>
        Assert.Equal(reference, PaymentKeys.Reference(stamp));

    [Fact]
    public void AStamp_IsTwentyDigits_NewerOnesSortingFirst_AndNoTwoAlike()
    {
        var earlier = PaymentKeys.NewStamp(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
        var later = PaymentKeys.NewStamp(new DateTimeOffset(2026, 12, 2, 10, 0, 1, TimeSpan.Zero));

        Assert.True(PaymentKeys.IsStamp(earlier));
        Assert.True(PaymentKeys.IsStamp(later));
        Assert.True(string.CompareOrdinal(later, earlier) < 0);
        var many = Enumerable.Range(0, 1000).Select(_ => PaymentKeys.NewStamp(DateTimeOffset.UnixEpoch)).ToHashSet();
        Assert.Equal(1000, many.Count);
    }

    [Theory]
    [InlineData("1234567890123456789")]
    [InlineData("123456789012345678901")]
    [InlineData("1234567890123456789a")]
    [InlineData("")]
    public void WhatIsNotTwentyDigits_IsNoStamp(string value) => Assert.False(PaymentKeys.IsStamp(value));

    [Fact]
    public void TheExplanation_NamesTheInvoices_AndWhenTheyDoNotFit_SaysHowManyWithinNinetyFive()
    {
        Assert.Equal("Rēķini: 2026-0001, 2026-0002", PaymentOrders.Explanation([Invoice("2026-0001"), Invoice("2026-0002")]));
        Assert.Equal("Avansa maksājums", PaymentOrders.Explanation([]));

        var many = Enumerable.Range(1, 30).Select(n => Invoice($"ES-2026-{n:D5}")).ToList();
        var text = PaymentOrders.Explanation(many);
        Assert.True(text.Length <= 95, text);
        Assert.StartsWith("Rēķini: ES-2026-00001, ES-2026-00002", text, StringComparison.Ordinal);
        Assert.EndsWith(" u.c. (30)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBalance_TakesAPaidOrderOffWhatIsDue_AndOffWhatIsOverdue_ButNotAPendingOne()
    {
        var aggregate = new BalanceEntity { ChargesCents = 30_000 };
        aggregate.OpenDueDates()["2026-11-01"] = 10_000;
        aggregate.OpenDueDates()["2026-12-20"] = 20_000;
        aggregate.Pack();
        var today = new DateOnly(2026, 12, 2);

        var before = BillingViews.From(aggregate, today);
        Assert.Equal((30_000, 10_000, 0, 0L, 0L), (before.DueCents, before.OverdueCents, before.CreditCents, before.AwaitingBookingCents, before.InProgressCents));

        aggregate.KeepInFlight([new InFlightOrder("1", Paid: false, 20_000, [new InFlightInvoice("b", "2026-12-20", 20_000)])]);
        var pending = BillingViews.From(aggregate, today);
        Assert.Equal((30_000, 10_000, 0L, 20_000L), (pending.DueCents, pending.OverdueCents, pending.AwaitingBookingCents, pending.InProgressCents));

        aggregate.KeepInFlight([new InFlightOrder("2", Paid: true, 10_000, [new InFlightInvoice("a", "2026-11-01", 10_000)])]);
        var paid = BillingViews.From(aggregate, today);
        Assert.Equal((20_000, 0, 0L, 10_000L), (paid.DueCents, paid.OverdueCents, paid.CreditCents, paid.AwaitingBookingCents));

        // A top-up beyond everything owed is credit until it is booked, as it will be after.
        aggregate.KeepInFlight([new InFlightOrder("3", Paid: true, 35_000, [])]);
        var topUp = BillingViews.From(aggregate, today);
        Assert.Equal((0, 0, 5_000L), (topUp.DueCents, topUp.OverdueCents, topUp.CreditCents));
    }

    [Fact]
    public void OrdersInFlight_MarkTheirInvoices_AsInProgressOrAwaitingBooking()
    {
        var marks = InvoicePayment.Of(
        [
            new InFlightOrder("1", Paid: false, 100, [new InFlightInvoice("a", "2026-12-01", 100)]),
            new InFlightOrder("2", Paid: true, 300, [new InFlightInvoice("b", "2026-12-01", 100), new InFlightInvoice("c", "2026-12-01", 200)]),
        ]);

        Assert.Equal(new InvoicePayment("1", InvoicePaymentState.InProgress), marks["a"]);
        Assert.Equal(new InvoicePayment("2", InvoicePaymentState.AwaitingBooking), marks["c"]);
        Assert.Equal(3, marks.Count);
    }

    private static PaymentOrderInvoice Invoice(string number) => new(number.ToLowerInvariant(), number, new DateOnly(2026, 12, 1), 1000);
}
