using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountPagesTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "30")]
    public async Task NewTerms_AtSignIn_LeadToTheAcceptancePageThenOn()
    {
        var account = await CreateAccountAsync(acceptedTermsVersion: 3);
        await using var browser = await portal.OpenAsync();

        await SignInAsync(browser.Page, account.Email);

        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Lietošanas noteikumi ir mainījušies");
        await Expect(browser.Page.Locator("article.terms-document")).ToContainTextAsync("15.2.");
        await browser.ScreenshotAsync("accept-terms-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Piekrītu noteikumiem" }).First.ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Mans profils");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    [Trait("Clause", "15.5")]
    public async Task Sessions_Page_ListsThemAndEndsTheOthers()
    {
        var account = await CreateAccountAsync(4);
        await using var other = await portal.OpenAsync();
        await SignInAsync(other.Page, account.Email);
        await using var browser = await portal.OpenAsync();
        await SignInAsync(browser.Page, account.Email);

        await browser.Page.GotoAsync("/sessions");
        await Expect(browser.Page.Locator("tbody tr")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync("sessions-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Beigt visas pārējās sesijas" }).ClickAsync();

        await Expect(browser.Page.Locator("tbody tr")).ToHaveCountAsync(1);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task IdleWarning_TwoMinutesBeforeTheEnd_OffersToStayAndKeepsWhatWasTyped()
    {
        var account = await CreateAccountAsync(4);
        await using var browser = await portal.OpenAsync();
        await browser.Page.Clock.InstallAsync();
        await SignInAsync(browser.Page, account.Email);
        await browser.Page.GotoAsync("/change-password");
        await browser.Page.Locator("#currentPassword").FillAsync("puse ievadīta");

        await browser.Page.Clock.FastForwardAsync("28:30");

        var dialog = browser.Page.GetByRole(AriaRole.Alertdialog);
        await Expect(dialog).ToBeVisibleAsync();
        await browser.ScreenshotAsync("idle-warning-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Palikt pieslēgtam" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(browser.Page.Locator("#currentPassword")).ToHaveValueAsync("puse ievadīta");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/sign-in");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();
        await Expect(page.Locator("h1")).Not.ToHaveTextAsync("Pieslēgšanās portālam");
    }

    private async Task<UserAccount> CreateAccountAsync(int acceptedTermsVersion) =>
        (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"pages-{Guid.NewGuid():N}@example.lv", "Laura", "Zariņa", "lv", Password, acceptedTermsVersion),
            CancellationToken.None))!;
}
