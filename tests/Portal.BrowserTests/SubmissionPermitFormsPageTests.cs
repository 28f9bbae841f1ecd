using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The forms that follow a permit, in the browser: an amendment of the demo company's radio network permit, begun with the permit's values,
/// each field beside the value the permit has now and a change marked in words, typed across a reload without losing anything, usable at
/// 320 px, sent with the password, its receipt and email seen; and the usage-permit request's deadline shown from the installation day.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubmissionPermitFormsPageTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    /// <summary>A company like the demo's “SIA Radio Viļņi” with its land-mobile permit, and a representative who may submit and see permits.</summary>
    private async Task<(UserAccount Account, string PermitNumber)> CompanyWithPermitAsync()
    {
        var externalId = $"UI-AMEND-{Guid.NewGuid():N}";
        var number = $"AT-2023-{Random.Shared.Next(10_000, 99_999)}";
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA “Radio Viļņi”", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "monthly-invoice", services = new[] { "land-mobile" } },
        })).EnsureSuccessStatusCode();
        (await backOffice.PostAsJsonAsync("/api/backoffice/permits", new object[]
        {
            new
            {
                externalId = $"{externalId}-1", version = 1, clientExternalId = externalId, number, serviceKind = "land-mobile", status = "valid", validFrom = "2023-05-01", validTo = "2028-04-30",
                stations = new object[]
                {
                    new
                    {
                        name = "Dispečeru centrs", location = "Eksporta iela 5, Rīga", latitude = 56.962345m, longitude = 24.098765m, antennaHeightM = 35m, antennaGainDbi = 6m, polarization = "vertical", equipment = "Motorola DM4600",
                        frequencies = new[] { new { frequencyMHz = 446.1125m, bandwidthKHz = 12.5m, emission = "7K60FXE", powerW = 25m, direction = "tx" }, new { frequencyMHz = 456.1125m, bandwidthKHz = 12.5m, emission = "7K60FXE", powerW = 25m, direction = "rx" } },
                    },
                },
            },
        })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-amend-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", Password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Submit, Scope.Technical], CancellationToken.None);
        return (account, number);
    }

    [Fact]
    public async Task Amendment_BegunFromThePermit_ChangedAcrossAReload_SentWithItsReceiptAndEmail()
    {
        var (account, number) = await CompanyWithPermitAsync();
        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await BrowserFixture.SignInAsync(browser, account.Email, Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await page.GotoAsync("/submissions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Atļaujas grozījumi" }).ClickAsync();

        await page.GetByLabel("Grozāmā atļauja").SelectOptionAsync(new SelectOptionValue { Label = number });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sākt ar atļaujas vērtībām" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/submission\?id=\d"));
        await Expect(page.Locator("#amended-permit")).ToContainTextAsync(number);
        await page.GetByLabel("Kas mainās un kāpēc").FillAsync("Traucējumi no kaimiņu tīkla: jauna raidīšanas frekvence.");
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Tālāk" }).ClickAsync();
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("Stacijas");
        var frequency = page.Locator("#f-stations-0-frequencies-0-frequencyMHz");
        await Expect(frequency).ToHaveValueAsync("446.1125");
        await Expect(page.Locator("#f-stations-0-frequencies-0-frequencyMHz-was")).ToHaveTextAsync("Atļaujā pašlaik: 446.1125");
        await Expect(page.Locator("#f-stations-0-frequencies-0-frequencyMHz-change")).ToHaveTextAsync("");
        await frequency.FillAsync("447,1125");
        await Expect(page.Locator("#f-stations-0-frequencies-0-frequencyMHz-change")).ToHaveTextAsync("Mainīts");
        Assert.Contains("f-stations-0-frequencies-0-frequencyMHz-change", await frequency.GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();

        // Nothing typed is lost on a reload: the reason, the changed frequency and its mark come back.
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Kas mainās un kāpēc")).ToHaveValueAsync("Traucējumi no kaimiņu tīkla: jauna raidīšanas frekvence.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tālāk" }).ClickAsync();
        await Expect(frequency).ToHaveValueAsync("447.1125");
        await Expect(page.Locator("#f-stations-0-frequencies-0-frequencyMHz-change")).ToHaveTextAsync("Mainīts");
        await Expect(page.Locator("#f-stations-0-frequencies-1-frequencyMHz-change")).ToHaveTextAsync("");
        await browser.ScreenshotAsync("amendment-stations");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // At 320 px the permit's value stacks above the field: nothing scrolls sideways.
        await page.SetViewportSizeAsync(320, 640);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await browser.ScreenshotAsync("amendment-stations-320");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await page.SetViewportSizeAsync(1280, 800);

        await page.GetByRole(AriaRole.Button, new() { Name = "Tālāk" }).ClickAsync();
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("Pārskats un nosūtīšana");
        await Expect(page.Locator("dl.summary")).ToContainTextAsync("447.1125 (atļaujā pašlaik: 446.1125)");

        // The antenna's data sheet attached on the review.
        await page.Locator("#attachment-input").SetInputFilesAsync(new FilePayload { Name = "Antenas datu lapa.pdf", MimeType = "application/pdf", Buffer = Portal.Testing.TestPdf.Plain() });
        await Expect(page.Locator("#attachment-list").GetByRole(AriaRole.Link, new() { Name = "Antenas datu lapa.pdf" })).ToBeVisibleAsync();
        await page.GetByLabel("Jūsu parole").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt iesniegumu" }).ClickAsync();

        await SentSubmission.ReceiptSeenAsync(portal, browser, account.Email, "amendment-sent");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Antenas datu lapa.pdf" })).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task UsagePermit_ShowsTheDeadlineFromTheInstallationDay_AndSaysWhenTheCalendarDoesNotReachIt()
    {
        var (account, _) = await CompanyWithPermitAsync();
        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await BrowserFixture.SignInAsync(browser, account.Email, Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await page.GotoAsync("/submission?kind=usage-permit");

        await page.GetByLabel("Uzstādīšanas diena").FillAsync("2026-06-24");
        await Expect(page.Locator("#f-installedOn-deadline")).ToHaveTextAsync("Jāiesniedz līdz 30.06.2026. (5 darbdienu laikā pēc 24.06.2026.)");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.GetByLabel("Uzstādīšanas diena").FillAsync("2031-03-03");
        await Expect(page.Locator("#f-installedOn-deadline")).ToContainTextAsync("Portāla darbdienu kalendārs nesniedzas līdz šai dienai");
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("usage-permit-beyond");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // The browser logs the refused day (400); nothing else went wrong.
        Assert.All(browser.Errors, error => Assert.Contains("400", error, StringComparison.Ordinal));
    }
}
