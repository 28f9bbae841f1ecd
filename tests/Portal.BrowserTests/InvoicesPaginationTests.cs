using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>A client with more invoices than one page holds (50): the list is paged, forward and back, with no invoice lost or shown twice.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InvoicesPaginationTests(BrowserFixture portal)
{
    private const int Invoices = 57;

    [Fact]
    public async Task Invoices_MoreThanOnePage_AreListedAPageAtATime_ForwardAndBack_EachOnce()
    {
        const string password = "Zvaigzne42";
        var externalId = $"UI-PAGES-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA Lapu Tests", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "monthly-invoice", services = new[] { "broadcasting" } },
        })).EnsureSuccessStatusCode();
        var first = new DateOnly(2026, 1, 1);
        var numbers = Enumerable.Range(1, Invoices).Select(i => $"RE-2026-{i:D4}").ToList();
        (await backOffice.PostAsJsonAsync("/api/backoffice/invoices", numbers.Select((number, i) => new
        {
            externalId = $"{externalId}-{i + 1}", version = 1, clientExternalId = externalId, number, kind = "invoice",
            issuedOn = Date(first.AddDays(i * 3)), dueOn = Date(first.AddDays((i * 3) + 20)), amount = 10m + i, status = "issued",
        }).ToArray())).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-pages-{Guid.NewGuid():N}@example.lv", "Pēteris", "Lapiņš", "lv", password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Finance], CancellationToken.None);

        await using var browser = await portal.OpenAsync();
        await BrowserFixture.SignInAsync(browser, account.Email, password);
        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync("Jūsu pārskats");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Klienta pārskats" }).ClickAsync();
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Rēķini" }).ClickAsync();

        var rows = browser.Page.Locator("tbody tr");
        var pages = browser.Page.GetByRole(AriaRole.Navigation, new() { Name = "Lapas" });
        var previous = pages.GetByRole(AriaRole.Button, new() { Name = "Iepriekšējā lapa" });
        var next = pages.GetByRole(AriaRole.Button, new() { Name = "Nākamā lapa" });

        // The first page: the newest 50, and only a way on.
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(pages).ToContainTextAsync("1. lapa");
        await Expect(previous).ToBeHiddenAsync();
        var firstPage = await NumbersAsync(rows);
        Assert.Equal(numbers[^1], firstPage[0]);

        // The second: the rest, none of them on the first, and only a way back.
        await next.ClickAsync();
        await Expect(pages).ToContainTextAsync("2. lapa");
        await Expect(rows).ToHaveCountAsync(Invoices - 50);
        await Expect(next).ToBeHiddenAsync();
        var secondPage = await NumbersAsync(rows);
        Assert.Empty(secondPage.Intersect(firstPage));
        Assert.Equal(numbers.Order(StringComparer.Ordinal), firstPage.Concat(secondPage).Order(StringComparer.Ordinal));
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // Back: the first page again, as it was.
        await previous.ClickAsync();
        await Expect(pages).ToContainTextAsync("1. lapa");
        await Expect(rows).ToHaveCountAsync(50);
        Assert.Equal(firstPage, await NumbersAsync(rows));
        await Expect(previous).ToBeHiddenAsync();
        await Expect(next).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    /// <summary>The invoice numbers the table shows, top to bottom.</summary>
    private static async Task<List<string>> NumbersAsync(ILocator rows) => [.. (await rows.Locator("td:first-child").AllInnerTextsAsync()).Select(n => n.Trim())];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
