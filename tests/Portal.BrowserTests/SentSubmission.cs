using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Submissions;
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

    /// <summary>A company fed by the back office and a new user who acts for it with the submit scope (signing in with <paramref name="password"/>).</summary>
    public static async Task<(Client Client, UserAccount Account, HttpClient BackOffice)> MemberAsync(BrowserFixture portal, string prefix, string companyName, string firstName, string lastName, string password)
    {
        var externalId = $"UI-{prefix}-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = companyName, registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "advance-payment", services = new[] { "land-mobile" } },
        })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-{prefix.ToLowerInvariant()}-{Guid.NewGuid():N}@example.lv", firstName, lastName, "lv", password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Submit], CancellationToken.None);
        return (client, account, backOffice);
    }

    /// <summary>A free-form request the member sent, as the review step sends it.</summary>
    public static async Task<(string Id, string ReceiptNumber)> SendAsync(BrowserFixture portal, string clientId, UserAccount account, string subject, string password)
    {
        var services = portal.Factory.Services;
        var draft = await DraftAsync(portal, clientId, account, subject);
        var order = new SubmitOrder(clientId, draft, account, Guid.NewGuid().ToString(), "browser-test", null, password, new AuditOrigin("127.0.0.1", "browser test", Guid.NewGuid().ToString()));
        var receipt = await services.GetRequiredService<SubmissionSender>().SubmitAsync(order, CancellationToken.None);
        return (draft, receipt.Value.ReceiptNumber);
    }

    /// <summary>A free-form draft the member began; its id.</summary>
    public static async Task<string> DraftAsync(BrowserFixture portal, string clientId, UserAccount account, string subject)
    {
        using var content = JsonDocument.Parse(JsonSerializer.Serialize(new { subject, message = "Lūdzu izskatīt." }));
        var draft = await portal.Factory.Services.GetRequiredService<Submissions>().CreateAsync(clientId, Editor.Of(account), FormCatalog.Shipped.NewestOf("free-form")!, content.RootElement, CancellationToken.None);
        return draft.Id;
    }
}
