using Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>Stops its own Azurite, so the outage touches no other test.</summary>
public sealed class UnavailableBannerTests : IAsyncLifetime
{
    private TestBackends _backends = null!;
    private PortalFactory _factory = null!;
    private Microsoft.Playwright.IPlaywright _playwright = null!;
    private Microsoft.Playwright.IBrowser _browser = null!;
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _backends = await TestBackends.StartAsync();
        _factory = new PortalFactory(_backends.Settings());
        _baseUrl = _factory.StartKestrel();
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    [Theory]
    [InlineData("lv", "Portāls īslaicīgi nav pieejams.")]
    [InlineData("en", "The portal is temporarily unavailable.")]
    public async Task Banner_ApiDown_ShowsHowToReachEsThenGoesWhenItIsBack(string language, string title)
    {
        await using var browser = await BrowserPage.OpenAsync(_browser, _baseUrl);
        await browser.Page.Context.AddInitScriptAsync($"localStorage.setItem('portal.language', '{language}')");
        await _backends.Azurite.StopAsync();

        await browser.Page.GotoAsync("/terms");

        var banner = browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Alert);
        await Expect(banner).ToContainTextAsync(title);
        await Expect(banner).ToContainTextAsync("67332179");
        await Expect(banner).ToContainTextAsync("info@vases.lv");
        await browser.ScreenshotAsync($"unavailable-{language}");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await _backends.Azurite.StartAsync();

        await Expect(banner).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await Expect(browser.Page.Locator(".unavailable")).ToBeEmptyAsync();
        await Expect(browser.Page.Locator("#p15\\.2")).ToContainTextAsync("vismaz no 8 (astoņām) rakstzīmēm", new() { Timeout = 10_000 });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        await _backends.DisposeAsync();
    }
}
