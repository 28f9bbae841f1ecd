using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// A representative of a company paying in advance, with technical and billing rights: the navigation
/// offers permits, invoices, payments and billing accounts but no settlement statement (that is for
/// companies billed by invoice) and no representatives (no admin scope), and the permit pages show
/// the technical parameters the back office fed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PermitsPageTests(BrowserFixture portal)
{
    [Fact]
    public async Task Permits_AreListedFilteredByServiceAndShownWithTheirParameters_AndNavigationFollowsTheRules()
    {
        const string password = "Zvaigzne42";
        var externalId = $"UI-PERMITS-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA Atļauju Tests", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "advance-payment", services = new[] { "land-mobile", "fixed-links" } },
        })).EnsureSuccessStatusCode();
        (await backOffice.PostAsJsonAsync("/api/backoffice/billing-accounts", new[]
        {
            new { externalId = $"{externalId}-NK", version = 1, clientExternalId = externalId, number = "NK-7000001", name = "Centrālais birojs", billingArrangement = "advance-payment", status = "open" },
        })).EnsureSuccessStatusCode();
        (await backOffice.PostAsJsonAsync("/api/backoffice/permits", new object[]
        {
            new
            {
                externalId = $"{externalId}-1", version = 1, clientExternalId = externalId, number = "AT-2026-00101", serviceKind = "land-mobile", status = "valid", validFrom = "2026-01-01", validTo = "2030-12-31",
                stations = new[] { new { name = "Dispečeru centrs", location = "Eksporta iela 5, Rīga", latitude = 56.96m, longitude = 24.1m, frequencies = new[] { new { frequencyMHz = 150.0125m, bandwidthKHz = 12.5m, emission = "11K0F3E", powerW = 25m, direction = "txrx" } } } },
            },
            FixedLink(externalId, 1, antennaHeightM: 40m),
        })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-permits-{Guid.NewGuid():N}@example.lv", "Līga", "Kalniņa", "lv", password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Finance, Scope.Technical], CancellationToken.None);

        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await BrowserFixture.SignInAsync(browser, account.Email, password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Klienta pārskats" }).ClickAsync();
        var services = page.Locator("#client-pages");
        await Expect(services.Locator("[data-capability=permits]")).ToBeVisibleAsync();
        await Expect(services.Locator("[data-capability=payments]")).ToBeVisibleAsync();
        await Expect(services.Locator("[data-capability=billing-accounts]")).ToBeVisibleAsync();
        await Expect(services.Locator("[data-capability=invoices]")).ToBeVisibleAsync();
        await Expect(services.Locator("[data-capability=statement]")).ToHaveCountAsync(0);
        await Expect(services.Locator("[data-capability=representatives]")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Norēķinu pārskats", Exact = true })).ToHaveCountAsync(0);
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Norēķinu konti", Exact = true }).ClickAsync();
        await Expect(page.Locator("#billing-accounts-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#billing-accounts-table")).ToContainTextAsync("NK-7000001");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Atļaujas", Exact = true }).ClickAsync();
        var rows = page.Locator("#permits-table tbody tr");
        var points = page.Locator(".station-map a.map-station");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(points).ToHaveCountAsync(3);
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await page.GetByLabel("Pakalpojums").SelectOptionAsync("fixed-links");
        await page.GetByRole(AriaRole.Button, new() { Name = "Meklēt" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("AT-2026-00102");
        await Expect(points).ToHaveCountAsync(2);
        await page.GetByLabel("Pakalpojums").SelectOptionAsync("");
        await page.GetByLabel("Numurs, stacija vai vieta").FillAsync("eksporta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Meklēt" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("AT-2026-00101");
        await Expect(points).ToHaveCountAsync(1);
        await Expect(points.First).ToHaveAttributeAsync("href", $"/permit?id={externalId}-1");
        var kml = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "KML" }).ClickAsync());
        Assert.StartsWith("stacijas-", kml.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".kml", kml.SuggestedFilename, StringComparison.Ordinal);
        await browser.ScreenshotAsync("permits-map-lv");

        // A second version of the link, with its e-permit put by the back office.
        (await backOffice.PostAsJsonAsync("/api/backoffice/permits", new object[] { FixedLink(externalId, 2, antennaHeightM: 45m) })).EnsureSuccessStatusCode();
        (await backOffice.PutAsync($"/api/backoffice/permits/{externalId}-2/document", new ByteArrayContent(Portal.Testing.TestPdf.Plain()))).EnsureSuccessStatusCode();

        await page.GotoAsync($"/permit?id={externalId}-2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Atļauja AT-2026-00102" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ķekava" })).ToBeVisibleAsync();
        await Expect(page.Locator("#station-1-frequencies")).ToContainTextAsync("28M0G7W");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Versiju vēsture" })).ToBeVisibleAsync();
        await Expect(page.Locator("ol.history > li").First).ToContainTextAsync("Stacija 2, Antenas augstums: 40 → 45");
        await Expect(page.GetByText("E-atļaujai ir juridisks spēks tikai elektroniskā formā")).ToBeVisibleAsync();
        var document = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lejupielādēt e-atļauju AT-2026-00102 (PDF)" }).ClickAsync());
        Assert.Equal("AT-2026-00102.pdf", document.SuggestedFilename);
        await browser.ScreenshotAsync("permit-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));

        // A member with the technical scope alone sees the permits and the e-permit, and no invoices.
        var technician = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-technician-{Guid.NewGuid():N}@example.lv", "Oskars", "Vītols", "lv", password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(technician.Id, client, [Scope.Technical], CancellationToken.None);
        await using var second = await portal.OpenAsync();
        await BrowserFixture.SignInAsync(second, technician.Email, password);
        await Expect(second.Page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await second.Page.GotoAsync($"/permit?id={externalId}-2");
        await Expect(second.Page.GetByRole(AriaRole.Link, new() { Name = "Lejupielādēt e-atļauju AT-2026-00102 (PDF)" })).ToBeVisibleAsync();
        await Expect(second.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Atļaujas", Exact = true })).ToHaveCountAsync(1);
        await Expect(second.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Rēķini", Exact = true })).ToHaveCountAsync(0);
        Assert.True(second.Errors.Count == 0, string.Join("\n", second.Errors));
    }

    private static object FixedLink(string externalId, int version, decimal antennaHeightM) => new
    {
        externalId = $"{externalId}-2", version, clientExternalId = externalId, number = "AT-2026-00102", serviceKind = "fixed-links", status = "valid", validFrom = "2026-02-01",
        stations = new[]
        {
            new { name = "Zaķusala", location = "Zaķusalas krastmala 1, Rīga", latitude = 56.923611m, longitude = 24.136389m, antennaHeightM = 120m, frequencies = new[] { new { frequencyMHz = 18_025m, bandwidthKHz = 27_500m, emission = "28M0G7W", powerW = 0.1m, direction = "tx" } } },
            new { name = "Ķekava", location = "Rīgas iela 20, Ķekava", latitude = 56.826944m, longitude = 24.229722m, antennaHeightM, frequencies = new[] { new { frequencyMHz = 18_025m, bandwidthKHz = 27_500m, emission = "28M0G7W", powerW = 0.1m, direction = "rx" } } },
        },
    };
}
