using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Notifications;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// A sent submission's page, 320 CSS pixels wide: ES's request for information in the history with its email, the decision as a
/// download, the answer sent from the page; another submission withdrawn after the confirmation step; the list with both statuses.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubmissionFollowUpPageTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task ASentSubmission_ShowsItsHistoryAndDocuments_TakesAnAnswer_AndIsWithdrawnAfterAConfirmation()
    {
        var (client, account, backOffice) = await SentSubmission.MemberAsync(portal, "FOLLOW", "SIA Iesniegumu Gaita", "Līga", "Kalniņa", Password);
        var (asked, number) = await SentSubmission.SendAsync(portal, client.Id, account, "Atļaujas kopija", Password);
        var (withdrawn, _) = await SentSubmission.SendAsync(portal, client.Id, account, "Atsaucams iesniegums", Password);
        (await backOffice.PostAsJsonAsync("/api/backoffice/submission-statuses", new[]
        {
            new { submissionId = asked, version = 1, status = "information-requested", message = "Norādiet antenas augstumu.", changedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O") },
        })).EnsureSuccessStatusCode();
        (await backOffice.PutAsync($"/api/backoffice/submissions/{asked}/documents/decision?name=L%C4%93mums.pdf", new ByteArrayContent(Portal.Testing.TestPdf.Plain()))).EnsureSuccessStatusCode();

        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await page.SetViewportSizeAsync(320, 640);
        await BrowserFixture.SignInAsync(browser, account.Email, Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await page.GotoAsync($"/submission?id={asked}");

        await Expect(page.Locator("#status-title")).ToContainTextAsync("Pieprasīta informācija");
        await Expect(page.Locator("#history")).ToContainTextAsync("Norādiet antenas augstumu.");
        await Expect(page.Locator("#documents a")).ToHaveTextAsync("Lēmums.pdf");
        await Expect(page.Locator("#withdraw")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await browser.ScreenshotAsync("submission-information-requested");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        var document = await page.Context.APIRequest.GetAsync((await page.Locator("#documents a").GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", document.Headers["content-type"]);

        await page.GetByLabel("Jūsu atbilde").FillAsync("Antenas augstums ir 42 m.");
        await page.Locator("#answer-attachment-input").SetInputFilesAsync(new FilePayload { Name = "Antena.pdf", MimeType = "application/pdf", Buffer = Portal.Testing.TestPdf.Plain() });
        await Expect(page.Locator("#answer-attachment-list").GetByRole(AriaRole.Link, new() { Name = "Antena.pdf" })).ToBeVisibleAsync();
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt atbildi" }).ClickAsync();
        await Expect(page.Locator("#follow-up .notice")).ToHaveTextAsync("Atbilde nosūtīta.");
        await Expect(page.Locator("#history li").Last).ToContainTextAsync("Antenas augstums ir 42 m.");
        await Expect(page.Locator("#history li").Last).ToContainTextAsync("Antena.pdf");

        await page.GotoAsync($"/submission?id={withdrawn}");
        await Expect(page.Locator("#status-title")).ToContainTextAsync("Nosūtīts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lūgt atsaukt iesniegumu" }).ClickAsync();
        await Expect(page.Locator("#withdraw-question")).ToBeVisibleAsync();
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Jā, lūgt atsaukt" }).ClickAsync();
        await Expect(page.Locator("#status-title")).ToContainTextAsync("Lūgts atsaukt");
        await Expect(page.Locator("#withdraw")).ToHaveCountAsync(0);

        await page.GotoAsync("/submissions");
        await Expect(page.Locator($"tr[data-submission='{asked}']")).ToContainTextAsync("Pieprasīta informācija");
        await Expect(page.Locator($"tr[data-submission='{withdrawn}']")).ToContainTextAsync("Lūgts atsaukt");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var mail = (await portal.Backends.Mail.MessagesToAsync(account.Email)).Single(m => m.Subject.StartsWith($"Iesniegums {number}:", StringComparison.Ordinal));
        Assert.Equal($"Iesniegums {number}: pieprasīta papildu informācija", mail.Subject);
        Assert.Contains("Norādiet antenas augstumu.", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/submission?id={asked}", mail.Text, StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
    }
}
