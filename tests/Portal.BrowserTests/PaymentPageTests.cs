using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// Paying two invoices in a real browser (§2.11): chosen in the list, paid at the development bank (reached as localhost, so its answer
/// is a cross-site POST as a bank's is), followed on the payment's page, and seen in the invoices' state and the balance.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentPageTests(BrowserFixture portal)
{
    [Fact]
    [Trait("Clause", "2.11")]
    public async Task PayingTwoInvoices_AtTheBank_MarksThemPaidAwaitingBooking_AndTakesThemOffTheBalance()
    {
        const string password = "Zvaigzne42";
        var externalId = $"UI-PAY-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA Maksātājs", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "monthly-invoice", services = new[] { "land-mobile" } },
        })).EnsureSuccessStatusCode();
        (await backOffice.PostAsJsonAsync("/api/backoffice/invoices", new object[]
        {
            new { externalId = $"{externalId}-1", version = 1, clientExternalId = externalId, number = "RE-2026-0301", kind = "invoice", issuedOn = "2026-11-01", dueOn = "2027-01-15", amount = 120.50m, status = "issued" },
            new { externalId = $"{externalId}-2", version = 1, clientExternalId = externalId, number = "RE-2026-0302", kind = "invoice", issuedOn = "2026-11-15", dueOn = "2027-01-30", amount = 79.50m, status = "issued" },
            new { externalId = $"{externalId}-3", version = 1, clientExternalId = externalId, number = "RE-2026-0303", kind = "invoice", issuedOn = "2026-11-20", dueOn = "2027-02-15", amount = 10m, status = "issued" },
        })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-pay-{Guid.NewGuid():N}@example.lv", "Laima", "Priedīte", "lv", password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Finance], CancellationToken.None);

        await using var browser = await portal.OpenAsync();
        await BrowserFixture.SignInAsync(browser, account.Email, password);
        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync("Jūsu pārskats");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Rēķini" }).ClickAsync();

        // Two of the three invoices chosen in the list: the total is theirs.
        await Expect(browser.Page.Locator("tbody tr")).ToHaveCountAsync(3);
        await browser.Page.GetByLabel("Izvēlēties apmaksai rēķinu RE-2026-0301").CheckAsync();
        await browser.Page.GetByLabel("Izvēlēties apmaksai rēķinu RE-2026-0302").CheckAsync();
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("200,00");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Maksāt izvēlētos" }).ClickAsync();

        // What will be paid, then the bank.
        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync("Maksāt tiešsaistē");
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("RE-2026-0302");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Maksāt") }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("/dev-bank/", StringComparison.Ordinal));
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("200.00 EUR");
        await browser.Page.GetByLabel("Paid (1111)").CheckAsync();
        await browser.Page.GetByLabel("Never").CheckAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();

        // The bank's answer comes back through the browser and settles the order; the page shows the order as stored.
        await browser.Page.WaitForURLAsync(url => url.Contains("/payment?", StringComparison.Ordinal));
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("Banka apstiprināja maksājumu", new() { Timeout = 15_000 });
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("RE-2026-0301");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Uz rēķiniem" }).ClickAsync();
        var rows = browser.Page.Locator("tbody tr");
        await Expect(rows.Filter(new() { HasText = "RE-2026-0301" })).ToContainTextAsync("Samaksāts, gaida grāmatošanu");
        await Expect(rows.Filter(new() { HasText = "RE-2026-0302" })).ToContainTextAsync("Samaksāts, gaida grāmatošanu");
        await Expect(browser.Page.GetByLabel("Izvēlēties apmaksai rēķinu RE-2026-0301")).ToHaveCountAsync(0);
        await Expect(browser.Page.GetByLabel("Izvēlēties apmaksai rēķinu RE-2026-0303")).ToHaveCountAsync(1);
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // The balance: 210 charged, 200 paid awaiting booking, 10 still due.
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Klienta pārskats" }).ClickAsync();
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("Samaksāts portālā, gaida grāmatošanu");
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("200,00");
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("10,00");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        Assert.Empty(browser.Errors);
    }
}
