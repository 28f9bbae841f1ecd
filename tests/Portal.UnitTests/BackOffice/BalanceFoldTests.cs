using System.Globalization;
using Portal.Core.Billing;

namespace Portal.UnitTests.BackOffice;

/// <summary>Folding the past of a large client's due dates changes no balance the portal shows, today or later, whatever is paid.</summary>
public sealed class BalanceFoldTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Fold_KeepsTheRowSmall_AndTodaysAndEveryLaterBalanceTheSame(int seed)
    {
        var random = new Random(seed);
        var today = new DateOnly(2026, 11, 25);
        var balance = new BalanceEntity();
        var byDue = balance.DueDates();
        for (var i = 0; i < 1_500; i++)
        {
            var cents = random.Next(5) == 0 ? -random.Next(1, 5_000) : random.Next(1, 50_000);
            BalanceEntity.Add(byDue, today.AddDays(random.Next(-1_200, 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cents);
            balance.ChargesCents += cents;
        }

        balance.PaidCents = (long)(balance.ChargesCents * (0.5 + (random.NextDouble() * 0.6)));
        balance.Pack();
        var original = balance.ChargesByDue;
        var count = byDue.Count;
        var days = Enumerable.Range(0, 90).Select(d => today.AddDays(d)).ToList();
        var before = days.Select(day => BillingViews.From(balance, day)).ToList();

        balance.FoldPastDueDates(today);
        balance.Pack();

        Assert.True(balance.DueDates().Count < count / 2, $"{balance.DueDates().Count} of {count} due dates kept");
        Assert.Equal(before, days.Select(day => BillingViews.From(balance, day)));

        // Whatever is paid later (here: half), the folded dates give what the unfolded ones give.
        var lowered = balance.PaidCents / 2;
        var unfolded = new BalanceEntity { ChargesCents = balance.ChargesCents, PaidCents = lowered, ChargesByDue = original };
        var folded = new BalanceEntity { ChargesCents = balance.ChargesCents, PaidCents = lowered, ChargesByDue = balance.ChargesByDue };
        Assert.Equal(days.Select(day => BillingViews.From(unfolded, day)), days.Select(day => BillingViews.From(folded, day)));
    }
}
