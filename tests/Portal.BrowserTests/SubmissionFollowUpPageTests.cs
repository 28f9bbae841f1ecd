using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Submissions;
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
        var externalId = $"UI-FOLLOW-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA Iesniegumu Gaita", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "advance-payment", services = new[] { "land-mobile" } },
        })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-follow-{Guid.NewGuid():N}@example.lv", "Līga", "Kalniņa", "lv", Password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Submit], CancellationToken.None);
        var (asked, number) = await SentAsync(client.Id, account, "Atļaujas kopija");
        var (withdrawn, _) = await SentAsync(client.Id, account, "Atsaucams iesniegums");
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

    /// <summary>A free-form request the member sent, as the review step sends it.</summary>
    private async Task<(string Id, string ReceiptNumber)> SentAsync(string clientId, UserAccount account, string subject)
    {
        var services = portal.Factory.Services;
        using var content = JsonDocument.Parse(JsonSerializer.Serialize(new { subject, message = "Lūdzu izskatīt." }));
        var draft = await services.GetRequiredService<Submissions>().CreateAsync(clientId, Editor.Of(account), FormCatalog.Shipped.NewestOf("free-form")!, content.RootElement, CancellationToken.None);
        var order = new SubmitOrder(clientId, draft.Id, account, Guid.NewGuid().ToString(), "browser-test", null, Password, new AuditOrigin("127.0.0.1", "browser test", Guid.NewGuid().ToString()));
        var receipt = await services.GetRequiredService<SubmissionSender>().SubmitAsync(order, CancellationToken.None);
        return (draft.Id, receipt.Value.ReceiptNumber);
    }
}
