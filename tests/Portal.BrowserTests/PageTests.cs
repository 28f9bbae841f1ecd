using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PageTests(BrowserFixture portal)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/", "lv", "VAS “Elektroniskie sakari” klientu portāls" },
        { "/", "en", "Client portal of VAS “Elektroniskie sakari”" },
        { "/terms", "lv", "Klientu portāla lietošanas noteikumi" },
        { "/terms", "en", "Terms of use of the client portal" },
        { "/activate?token=x", "lv", "Konta aktivizēšana" },
        { "/activate?token=x", "en", "Activate your account" },
        { "/confirm-email?token=x", "lv", "Jaunās e-pasta adreses apstiprināšana" },
        { "/confirm-email?token=x", "en", "Confirm your new email address" },
        { "/staff/sign-in", "lv", "ES darbinieku pieslēgšanās" },
        { "/staff/sign-in?error=no-role", "en", "ES staff sign-in" },
        { "/staff/users", "lv", "Lietotāju meklēšana" },
        { "/staff/terms", "en", "Publish a new version of the terms" },
        { "/staff/invitations", "lv", "Uzaicinājumi pārbaudei" },
        { "/client", "lv", "Klienta pārskats" },
        { "/representatives", "en", "Representatives of the client" },
    };

    [Theory]
    [Trait("Clause", "36")]
    [MemberData(nameof(Pages))]
    public async Task Page_InEachLanguage_RendersWithoutAxeViolationsOrConsoleErrors(string path, string language, string heading)
    {
        await using var browser = await portal.OpenAsync();
        await ChooseLanguageAsync(browser.Page, language);

        await browser.Page.GotoAsync(path);
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(browser.Page.Locator("footer")).ToContainTextAsync("67332179");
        await Expect(browser.Page.Locator("footer")).ToContainTextAsync("info@vases.lv");
        if (path == "/terms")
        {
            await Expect(browser.Page.Locator("#p15\\.2")).ToContainTextAsync("vismaz no 8 (astoņām) rakstzīmēm");
            await Expect(browser.Page.Locator("table tbody tr")).ToHaveCountAsync(4);
        }

        await browser.ScreenshotAsync($"{(path == "/" ? "home" : path.Split('?')[0].Trim('/').Replace('/', '-'))}-{language}");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task TermsPage_English_ExplainsTheTermsAreLatvianAndShowsThem()
    {
        await using var browser = await portal.OpenAsync();
        await ChooseLanguageAsync(browser.Page, "en");

        await browser.Page.GotoAsync("/terms");

        await Expect(browser.Page.Locator(".language-note")).ToContainTextAsync("published in Latvian only");
        await Expect(browser.Page.Locator("article.terms-document")).ToHaveAttributeAsync("lang", "lv");
        await Expect(browser.Page.Locator("article.terms-document h2").First).ToHaveTextAsync("I. Dokumenta mērķis un noteikumos lietotie termini");
    }

    [Fact]
    public async Task LanguageSwitch_Chosen_IsRememberedAfterReload()
    {
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/");
        await Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", "lv");

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Client portal of VAS “Elektroniskie sakari”");
        await browser.Page.ReloadAsync();

        await Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = "Terms of use" }).First).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Navigation_LinkToTerms_ChangesPageWithoutReloadAndMovesFocus()
    {
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/");
        await browser.Page.EvaluateAsync("window.__sameDocument = true");

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Lasīt lietošanas noteikumus" }).ClickAsync();

        await Expect(browser.Page).ToHaveURLAsync(new Uri(portal.BaseUrl, "/terms").ToString());
        await Expect(browser.Page.Locator("h1")).ToBeFocusedAsync();
        Assert.True(await browser.Page.EvaluateAsync<bool>("window.__sameDocument === true"));
    }

    [Fact]
    public async Task UnknownPage_ShowsNotFoundInsideTheApp()
    {
        await using var browser = await portal.OpenAsync();

        await browser.Page.GotoAsync("/no-such-page");

        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Lapa nav atrasta");
        Assert.Empty(browser.Errors);
    }

    /// <summary>The axe runner every page test relies on finds what it should: a page given an image without a text alternative and a field without a label.</summary>
    [Fact]
    public async Task TheAxeRunner_ReportsViolations_WhereAPageHasThem()
    {
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/terms");
        await Expect(browser.Page.Locator("main[aria-busy]")).ToHaveCountAsync(0);
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.EvaluateAsync("() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/favicon.ico' }), document.createElement('input'))");
        var violations = await browser.AccessibilityViolationsAsync();

        Assert.Contains(violations, v => v.StartsWith("image-alt:", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label:", StringComparison.Ordinal));
    }

    private static async Task ChooseLanguageAsync(IPage page, string language) =>
        await page.Context.AddInitScriptAsync($"localStorage.setItem('portal.language', '{language}')");
}
