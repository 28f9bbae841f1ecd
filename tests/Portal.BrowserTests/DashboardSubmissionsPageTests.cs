using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>The dashboard, 320 CSS pixels wide, in both languages: the client's drafts with when they lapse, and what ES asked the user to answer, each a link to its page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardSubmissionsPageTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task Dashboard_ShowsDraftsAndWhatWaitsForAnAnswer_AndLeadsToThem()
    {
        var (client, account, backOffice) = await SentSubmission.MemberAsync(portal, "DASH", "SIA Sākuma Lapa", "Pēteris", "Ozols", Password);
        var draft = await SentSubmission.DraftAsync(portal, client.Id, account, "Melnraksts");
        var (asked, _) = await SentSubmission.SendAsync(portal, client.Id, account, "Jautājums", Password);
        (await backOffice.PostAsJsonAsync("/api/backoffice/submission-statuses", new[]
        {
            new { submissionId = asked, version = 1, status = "information-requested", message = "Norādiet antenas augstumu.", changedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O") },
        })).EnsureSuccessStatusCode();

        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await page.SetViewportSizeAsync(320, 640);
        await BrowserFixture.SignInAsync(browser, account.Email, Password);

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Jūsu pārskats");
        await Expect(page.Locator(".dashboard-waiting h4")).ToHaveTextAsync("ES gaida jūsu atbildi");
        await Expect(page.Locator($".dashboard-waiting li[data-submission='{asked}']")).ToContainTextAsync("Brīvas formas iesniegums");
        await Expect(page.Locator("main")).ToContainTextAsync("Melnraksti: 1");
        await Expect(page.Locator($".dashboard-drafts li[data-submission='{draft}']")).ToContainTextAsync("glabā līdz");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await browser.ScreenshotAsync("dashboard-submissions-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.Locator($".dashboard-waiting li[data-submission='{asked}'] a").ClickAsync();
        await Expect(page.Locator("#status-title")).ToContainTextAsync("Pieprasīta informācija");
        await page.GotoAsync("/");
        await page.Locator($".dashboard-drafts li[data-submission='{draft}'] a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/submission\\?id={draft}$"));

        // In English too.
        await page.EvaluateAsync("() => localStorage.setItem('portal.language', 'en')");
        await page.GotoAsync("/");
        await Expect(page.Locator(".dashboard-waiting h4")).ToHaveTextAsync("ES is waiting for your answer");
        await Expect(page.Locator($".dashboard-drafts li[data-submission='{draft}']")).ToContainTextAsync("Free-form request");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        Assert.Empty(browser.Errors);
    }
}
