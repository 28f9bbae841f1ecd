using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>Stops the Azurite of a portal of its own, so the outage touches no other test.</summary>
public sealed class UnavailableBannerTests : IAsyncLifetime
{
    private readonly BrowserFixture _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Theory]
    [Trait("Clause", "15.8")]
    [Trait("Clause", "33")]
    [Trait("Clause", "36")]
    [InlineData("lv", "Portāls īslaicīgi nav pieejams.")]
    [InlineData("en", "The portal is temporarily unavailable.")]
    public async Task Banner_ApiDown_ShowsHowToReachEsThenGoesWhenItIsBack(string language, string title)
    {
        await using var browser = await _portal.OpenAsync();
        await browser.Page.Context.AddInitScriptAsync($"localStorage.setItem('portal.language', '{language}')");
        await _portal.Backends.Azurite.StopAsync();

        await browser.Page.GotoAsync("/terms");

        var banner = browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Alert);
        await Expect(banner).ToContainTextAsync(title);
        await Expect(banner).ToContainTextAsync("67332179");
        await Expect(banner).ToContainTextAsync("info@vases.lv");
        await browser.ScreenshotAsync($"unavailable-{language}");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await _portal.Backends.Azurite.StartAsync();

        await Expect(banner).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await Expect(browser.Page.Locator(".unavailable")).ToBeEmptyAsync();
        // A few health checks (5 s apart): the first answers after a restart may still find the store being prepared,
        // and on a loaded machine preparing it (tables, containers, seeds) takes a while.
        await Expect(browser.Page.Locator("#p15\\.2")).ToContainTextAsync("vismaz no 8 (astoņām) rakstzīmēm", new() { Timeout = 30_000 });
    }

    public Task DisposeAsync() => _portal.DisposeAsync();
}
