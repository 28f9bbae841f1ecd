using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Notifications;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>What a sent submission shows the browser and its sender: the page's receipt number, the receipt PDF, and the email.</summary>
internal static class SentSubmission
{
    /// <summary>After the send: the number on the page (a screenshot by <paramref name="screenshot"/>, no axe violation), the PDF behind the link, the email naming it; the number.</summary>
    public static async Task<string> ReceiptSeenAsync(BrowserFixture portal, BrowserPage browser, string email, string screenshot)
    {
        var page = browser.Page;
        await Expect(page.Locator("#sent-title")).ToHaveTextAsync("Iesniegums nosūtīts");
        var number = (await page.Locator("#receipt-number strong").TextContentAsync())!;
        Assert.Matches(@"^\d{4}/\d{6}$", number);
        await browser.ScreenshotAsync(screenshot);
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        var receipt = await page.Context.APIRequest.GetAsync((await page.Locator("#receipt-link").GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", receipt.Headers["content-type"]);

        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var mail = Assert.Single(await portal.Backends.Mail.MessagesToAsync(email));
        Assert.Equal($"Iesniegums nosūtīts: {number}", mail.Subject);
        Assert.Contains(number, mail.Text, StringComparison.Ordinal);
        return number;
    }
}
