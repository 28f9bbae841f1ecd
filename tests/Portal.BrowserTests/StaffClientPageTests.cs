using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>Staff find a fed client by its name without diacritics, open it, see what the client sees, change its setting and remove a representative.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffClientPageTests(BrowserFixture portal)
{
    [Fact]
    public async Task Staff_FindAClient_ChangeItsSettingAndRemoveARepresentative()
    {
        var externalId = $"UI-STAFF-{Guid.NewGuid():N}";
        var unique = Guid.NewGuid().ToString("N")[..6];
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = $"SIA “Ēnu Stacija {unique}”", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "monthly-invoice", services = new[] { "broadcasting" } },
        })).EnsureSuccessStatusCode();
        (await backOffice.PostAsJsonAsync("/api/backoffice/invoices", new[]
        {
            new { externalId = $"{externalId}-1", version = 1, clientExternalId = externalId, number = "RE-2026-0777", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-21", amount = 77.7m, status = "issued" },
        })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-staff-client-{Guid.NewGuid():N}@example.lv", "Ansis", "Liepiņš", "lv", "Zvaigzne42", 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Admin], CancellationToken.None);

        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await portal.SignInAsStaffAsync(browser, "operator@staff.radioatlaujas.lv");
        await page.GetByRole(AriaRole.Link, new() { Name = "Klienti", Exact = true }).ClickAsync();
        await page.GetByLabel("Nosaukuma vai vārda sākums").FillAsync($"sia “enu stacija {unique}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Meklēt" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"SIA “Ēnu Stacija {unique}”" }).ClickAsync();
        await Expect(page.Locator("#staff-representatives")).ToContainTextAsync(account.Email);
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.GetByLabel("Klienta administratori uzaicina pārstāvjus bez ES pārbaudes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt iestatījumus" }).ClickAsync();
        await Expect(page.GetByText("Iestatījumi saglabāti.")).ToBeVisibleAsync();
        Assert.True((await clients.GetAsync(client.Id, CancellationToken.None))!.SelfServiceInvitations);

        // What the client sees, read-only, a tab at a time; the arrow keys move between the tabs.
        await Expect(page.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("77,70");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Norēķinu stāvoklis" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Rēķini" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("#staff-invoices tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#staff-invoices")).ToContainTextAsync("RE-2026-0777");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Noņemt pārstāvi Ansis Liepiņš" }).ClickAsync();
        await Expect(page.Locator("#staff-representatives tbody tr")).ToHaveCountAsync(0);
        Assert.Null(await clients.MembershipAsync(account.Id, client.Id, CancellationToken.None));
        await browser.ScreenshotAsync("staff-client-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }
}
