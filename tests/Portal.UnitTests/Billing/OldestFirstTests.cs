using System.Globalization;
using Portal.Core.Billing;

namespace Portal.UnitTests.Billing;

/// <summary>The aggregate's open amounts by due date, and what money that names no invoice settles of them.</summary>
public sealed class OldestFirstTests
{
    [Fact]
    public void Settles_EveryDateBeforeTheSplitWhole_NoneAfter_AndOnTheSplitDateInOrder()
    {
        var balance = new BalanceEntity { PaidCents = 250 };
        var (a, b1, b2, c) = (Invoice("A", "2026-01-10", 100), Invoice("B1", "2026-02-10", 100), Invoice("B2", "2026-02-10", 100), Invoice("C", "2026-03-10", 100));
        foreach (var invoice in new[] { a, b1, b2, c })
        {
            balance.Count(invoice, 1);
        }

        var oldestFirst = new OldestFirst(balance);

        Assert.Equal("2026-02-10", oldestFirst.SplitDate);
        Assert.Equal(100, oldestFirst.Reach.Settles(a, 0));
        Assert.Equal(100, oldestFirst.Reach.Settles(b1, 0));
        Assert.Equal(50, oldestFirst.Reach.Settles(b2, 100));
        Assert.Equal(0, oldestFirst.Reach.Settles(c, 0));
        Assert.Equal(50, oldestFirst.OpenBefore("2026-03-01"));
        Assert.Equal("2026-02-10", oldestFirst.NextOpenOnOrAfter("2026-02-01"));
    }

    [Fact]
    public void Pack_StoresHowFarTheUnnamedMoneyReaches_WhatTheDatesTell()
    {
        var balance = new BalanceEntity { PaidCents = 250 };
        Assert.Null(balance.StoredReach());
        foreach (var invoice in new[] { Invoice("A", "2026-01-10", 100), Invoice("B1", "2026-02-10", 100), Invoice("B2", "2026-02-10", 100), Invoice("C", "2026-03-10", 100) })
        {
            balance.Count(invoice, 1);
        }

        balance.Pack();

        Assert.Equal(new OldestFirstReach("2026-01-10", "2026-02-10", 150), balance.StoredReach());
        Assert.Equal(new OldestFirst(balance).Reach, balance.StoredReach());
        balance.PaidCents = 400;
        balance.Pack();
        Assert.Equal(new OldestFirstReach("2026-03-10", null, 0), balance.StoredReach());
    }

    [Fact]
    public void NamedMoney_LeavesTheInvoiceOutOfTheOldestFirstOrder_AndWhatGoesBeyondItsAmountSettlesOthers()
    {
        var balance = new BalanceEntity { PaidCents = 130 };
        var named = Invoice("N", "2026-01-01", 100);
        named.AllocatedCents = 130;
        var other = Invoice("O", "2026-02-01", 100);
        balance.Count(named, 1);
        balance.Count(other, 1);

        var oldestFirst = new OldestFirst(balance);

        Assert.Equal(30, balance.UnnamedCents);
        Assert.Equal(0, oldestFirst.Reach.Settles(named, 0));
        Assert.Equal(30, oldestFirst.Reach.Settles(other, 0));
    }

    [Fact]
    public void Pack_SpreadsManyDatesOverThePropertiesWithinTheirLimit_AndReadsThemBack()
    {
        var balance = new BalanceEntity();
        var first = new DateOnly(2010, 1, 1);
        for (var day = 0; day < 5_000; day++)
        {
            balance.Count(Invoice($"I{day}", Date(first.AddDays(day)), 99_999_999_999 - day), 1);
        }

        balance.Pack();

        Assert.All(new[] { balance.OpenByDue, balance.OpenByDue2, balance.OpenByDue3, balance.OpenByDue4 }, chunk => Assert.True((chunk?.Length ?? 0) <= 32_768));
        var read = new BalanceEntity { OpenByDue = balance.OpenByDue, OpenByDue2 = balance.OpenByDue2, OpenByDue3 = balance.OpenByDue3, OpenByDue4 = balance.OpenByDue4 };
        Assert.Equal(balance.OpenDueDates(), read.OpenDueDates());
        Assert.Equal(5_000, read.OpenDueDates().Count);
    }

    [Fact]
    public void Pack_MoreDatesThanTheRowHolds_IsRefused()
    {
        var balance = new BalanceEntity();
        for (var day = 0; day < 7_000; day++)
        {
            balance.Count(Invoice($"I{day}", Date(new DateOnly(2000, 1, 1).AddDays(day)), 99_999_999_999), 1);
        }

        Assert.Throws<InvalidOperationException>(balance.Pack);
    }

    private static InvoiceEntity Invoice(string id, string dueOn, long cents) => new()
    {
        ExternalId = id, Number = id, Kind = "invoice", Status = "issued", IssuedOn = dueOn, DueOn = dueOn, AmountCents = cents,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
