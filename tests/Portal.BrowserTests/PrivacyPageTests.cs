using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Privacy;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PrivacyPageTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "9")]
    public async Task PrivacyPage_FromTheFooter_ListsEveryKindOfData_AndTheProfileDownloadsTheUsersData()
    {
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"privacy-{Guid.NewGuid():N}@example.lv", "Laura", "Zariņa", "lv", Password, 4), CancellationToken.None))!;
        await using var browser = await portal.OpenAsync();

        await browser.Page.GotoAsync("/terms");
        await browser.Page.Locator("footer a[href='/privacy']").ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Privātuma paziņojums");
        await Expect(browser.Page.Locator("tbody tr")).ToHaveCountAsync(Enum.GetValues<RetentionKind>().Length);
        await browser.ScreenshotAsync("privacy-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.GotoAsync("/sign-in");
        await browser.Page.Locator("#email").FillAsync(account.Email);
        await browser.Page.Locator("#password").FillAsync(Password);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await browser.Page.GotoAsync("/account");
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Mans profils");
        var download = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.GetByRole(AriaRole.Link, new() { Name = "Lejupielādēt manus datus (JSON)" }).ClickAsync());

        using var data = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.Equal(account.Email, data.RootElement.GetProperty("profile").GetProperty("email").GetString());
        Assert.Contains(data.RootElement.GetProperty("activity").EnumerateArray(), a => a.GetProperty("action").GetString() == "sign-in");
        Assert.Empty(browser.Errors);
    }
}
