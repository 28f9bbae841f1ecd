using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>A representative with billing rights sees the client's balance and invoices, each with its own state, fed by the back office, and filters them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InvoicesPageTests(BrowserFixture portal)
{
    [Fact]
    [Trait("Clause", "28")]
    public async Task Invoices_FedByTheBackOffice_AreListedNewestFirstWithTheirStates_AndFiltered()
    {
        const string password = "Zvaigzne42";
        var externalId = $"UI-CLIENT-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA Rēķinu Tests", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "monthly-invoice", services = new[] { "broadcasting" } },
        })).EnsureSuccessStatusCode();
        (await backOffice.PostAsJsonAsync("/api/backoffice/invoices", new object[]
        {
            new { externalId = $"{externalId}-1", version = 1, clientExternalId = externalId, number = "RE-2026-0101", kind = "invoice", issuedOn = "2026-09-01", dueOn = "2026-09-21", amount = 120.5m, status = "issued" },
            new { externalId = $"{externalId}-2", version = 1, clientExternalId = externalId, number = "RE-2026-0202", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-21", amount = 99m, status = "issued" },
            new { externalId = $"{externalId}-3", version = 1, clientExternalId = externalId, number = "KR-2026-0001", kind = "credit-note", issuedOn = "2026-10-05", dueOn = "2026-10-05", amount = 20m, status = "issued" },
        })).EnsureSuccessStatusCode();
        (await backOffice.PutAsync($"/api/backoffice/invoices/{externalId}-2/pdf", new ByteArrayContent(TestPdf.Plain()))).EnsureSuccessStatusCode();

        // October's invoice is paid by a payment naming it; the unnamed credit note settles September's in part.
        (await backOffice.PostAsJsonAsync("/api/backoffice/payments", new object[]
        {
            new { externalId = $"{externalId}-P1", version = 1, clientExternalId = externalId, receivedOn = "2026-10-20", amount = 99m, allocations = new[] { new { invoiceExternalId = $"{externalId}-2", amount = 99m } } },
        })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-invoices-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Finance], CancellationToken.None);

        await using var browser = await portal.OpenAsync();
        await BrowserFixture.SignInAsync(browser, account.Email, password);

        // Sign-in lands on the dashboard: what is overdue first, then a year of charges and payments.
        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync("Jūsu pārskats");
        await Expect(browser.Page.Locator(".card-warning")).ToContainTextAsync("100,50");
        await Expect(browser.Page.Locator("#previous-sign-in")).ToContainTextAsync("Šī ir jūsu pirmā pieteikšanās.");
        await Expect(browser.Page.Locator("figure.chart svg rect")).ToHaveCountAsync(24);
        await browser.ScreenshotAsync("dashboard-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Klienta pārskats" }).ClickAsync();
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("100,50");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Rēķini" }).ClickAsync();
        var rows = browser.Page.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.First).ToContainTextAsync("KR-2026-0001");
        var invoicePdf = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.GetByRole(AriaRole.Link, new() { Name = "PDF RE-2026-0202" }).ClickAsync());
        Assert.Equal("RE-2026-0202.pdf", invoicePdf.SuggestedFilename);
        Assert.Equal(TestPdf.Plain(), await File.ReadAllBytesAsync((await invoicePdf.PathAsync())!));
        var paid = rows.Filter(new() { HasText = "RE-2026-0202" });
        await Expect(paid).ToContainTextAsync("Apmaksāts");
        await Expect(paid).ToContainTextAsync("Apmaksāts ar maksājumiem, kuros norādīts šis rēķins: 99,00");
        var overdue = rows.Filter(new() { HasText = "RE-2026-0101" });
        await Expect(overdue).ToContainTextAsync("Kavēts");
        await Expect(overdue).ToContainTextAsync("100,50");
        await Expect(rows.Filter(new() { HasText = "KR-2026-0001" })).ToContainTextAsync("Ieskaitīts");
        await browser.ScreenshotAsync("invoices-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.Locator("#invoiceState").SelectOptionAsync("open,partly-paid,overdue");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Rādīt" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("RE-2026-0101");

        // One invoice: what settled it, and where and how to pay the rest.
        await rows.First.GetByRole(AriaRole.Link, new() { Name = "RE-2026-0101" }).ClickAsync();
        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync("Rēķins RE-2026-0101");
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("LV80BANK0000435195001");
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("Kavēts");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Visi rēķini" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(3);

        await browser.Page.Locator("#invoiceState").SelectOptionAsync("");
        await browser.Page.Locator("#invoice-number").FillAsync("RE-2026-01");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Rādīt" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("120,50");

        // A filter the API refuses is named in the user's language.
        await browser.Page.Locator("#invoice-minAmount").FillAsync("50");
        await browser.Page.Locator("#invoice-maxAmount").FillAsync("10,5");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Rādīt" }).ClickAsync();
        await Expect(browser.Page.Locator("form [role=alert]")).ToContainTextAsync("Pārbaudiet šos laukus: Summa līdz (€).");

        // The settlement statement by month: October's invoice less its credit note, and what is owed at the end.
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Norēķinu pārskats", Exact = true }).ClickAsync();
        await Expect(browser.Page.Locator("#statement-table tbody tr").Filter(new() { HasText = "oktobris" })).ToContainTextAsync("79,00");
        await Expect(browser.Page.Locator("#statement-closing")).ToContainTextAsync("100,50");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // An ageing report as of today, made off the request path: queued, then ready to download.
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Atskaites", Exact = true }).ClickAsync();
        await Expect(browser.Page.Locator("#reports-none")).ToHaveTextAsync("Atskaišu vēl nav.");
        await browser.Page.Locator("#kind").SelectOptionAsync("ageing");
        await Expect(browser.Page.Locator("#from")).ToBeHiddenAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sagatavot atskaiti" }).ClickAsync();
        var report = browser.Page.Locator("#reports-table tbody tr").First;
        await Expect(report).ToContainTextAsync("Parādu vecuma pārskats");
        await Expect(report).ToContainTextAsync("Gatava", new() { Timeout = 30_000 });
        await browser.ScreenshotAsync("reports-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        var ageing = await browser.Page.RunAndWaitForDownloadAsync(() => report.GetByRole(AriaRole.Link).ClickAsync());
        Assert.EndsWith(".pdf", ageing.SuggestedFilename, StringComparison.Ordinal);
        Assert.Null(Portal.Core.Documents.PdfCheck.Problem(await File.ReadAllBytesAsync((await ageing.PathAsync())!)));

        // The dashboard offers it too, while it is new.
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Sākums" }).First.ClickAsync();
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("Gatavas atskaites");

        // The one error the console shows is the refused filter's answer.
        Assert.All(browser.Errors, e => Assert.Contains("status of 400", e, StringComparison.Ordinal));
    }
}
