using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Demo.Vpm;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// A natural-person client of ES with no portal user signs in with Latvija.lv (the stand-in, reached cross-site as VPM is), gives an
/// email, enters the code sent there, accepts the terms and lands on their dashboard, acting for their own client (§2.8, §10).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ExternalSignInPageTests(BrowserFixture portal)
{
    [Fact]
    [Trait("Clause", "2.8")]
    [Trait("Clause", "10")]
    public async Task NewNaturalPersonClient_SignsInWithLatvijaLv_AndLandsOnTheirDashboard()
    {
        var externalId = $"VPM-BROWSER-{Guid.NewGuid():N}";
        await portal.Factory.Services.GetRequiredService<ClientFeed>().UpsertAsync(
            new ClientRecord(externalId, 1, "natural", "Dace Rozenberga", VpmTestPeople.NewClientCode, null, "Rīga", null, null, "advance-payment", ["amateur"]),
            CancellationToken.None);
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/sign-in");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Pieslēgties ar Latvija.lv" }).ClickAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "DACE ROZENBERGA" }).ClickAsync();

        // Back at the portal (the answer's cross-site POST, then the same-site finish step): the email is asked for.
        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync("Pieslēgšanās ar Latvija.lv");
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("DACE ROZENBERGA");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        var email = $"dace-{Guid.NewGuid():N}@example.lv";
        await browser.Page.Locator("#external-email").FillAsync(email);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt kodu" }).ClickAsync();
        await Expect(browser.Page.Locator("main")).ToContainTextAsync($"Kods nosūtīts uz {email}");
        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var code = SixDigits().Match(Assert.Single(await portal.Backends.Mail.MessagesToAsync(email)).Subject).Value;
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.Locator("#code").FillAsync(code);
        await browser.Page.Locator("#accept-terms").CheckAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Izveidot kontu" }).ClickAsync();

        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync("Jūsu pārskats");
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("Dace Rozenberga");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GotoAsync("/account");
        await Expect(browser.Page.Locator("#logins-title")).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("main")).ToContainTextAsync("Latvija.lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        Assert.Empty(browser.Errors);
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
