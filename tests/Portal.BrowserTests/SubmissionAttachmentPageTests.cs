using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Submissions;
using Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// A draft's files on its review step: a PDF attached, a renamed program refused with the reason, an upload cut short that goes on
/// after a reload from the chunk the portal acknowledged once the same file is chosen again, and the files sent with the submission.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubmissionAttachmentPageTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    /// <summary>A member with the submit right of a new client: a company with a land-mobile service, or a radio amateur.</summary>
    internal static async Task<(UserAccount Account, string ClientId)> SubmitterAsync(BrowserFixture portal, bool amateur = false)
    {
        var externalId = $"UI-SUBMIT-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        object record = amateur
            ? new { externalId, version = 1, kind = "natural", name = "Andris Ozols", personalCode = $"32{Random.Shared.NextInt64(100_000_000, 999_999_999)}", billingArrangement = "advance-payment", services = new[] { "amateur" } }
            : new { externalId, version = 1, kind = "legal", name = "SIA Iesniegumu Tests", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "advance-payment", services = new[] { "land-mobile" } };
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[] { record })).EnsureSuccessStatusCode();
        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var (first, last) = amateur ? ("Andris", "Ozols") : ("Līga", "Kalniņa");
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-submit-{Guid.NewGuid():N}@example.lv", first, last, "lv", Password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Submit], CancellationToken.None);
        return (account, client.Id);
    }

    [Fact]
    public async Task Files_AttachedOnReview_RefusedByContent_ResumedAfterAReload_AndSent()
    {
        var (account, clientId) = await SubmitterAsync(portal);
        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await BrowserFixture.SignInAsync(browser, account.Email, Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await page.GotoAsync("/submission?kind=free-form");
        await page.GetByLabel("Temats").FillAsync("Antenas dati");
        await page.GetByLabel("Teksts").FillAsync("Pielikumā antenas tehniskie dati.");
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tālāk" }).ClickAsync();
        await Expect(page.Locator("#attachments-title")).ToHaveTextAsync("Pielikumi");

        await page.Locator("#attachment-input").SetInputFilesAsync(new FilePayload { Name = "Pilnvara.pdf", MimeType = "application/pdf", Buffer = TestPdf.Plain() });
        await Expect(page.Locator("#attachment-list").GetByRole(AriaRole.Link, new() { Name = "Pilnvara.pdf" })).ToBeVisibleAsync();
        await page.Locator("#attachment-input").SetInputFilesAsync(new FilePayload { Name = "rekins.pdf", MimeType = "application/pdf", Buffer = TestFiles.Executable() });
        await Expect(page.Locator("#attachment-error")).ToContainTextAsync("rekins.pdf");
        await Expect(page.Locator("#attachment-error")).ToContainTextAsync("program");

        // An upload cut short half-way (as a closed tab leaves it): one chunk of two acknowledged.
        var draftId = new Uri(page.Url).Query.Split('=')[1];
        var data = TestPdf.Plain(new string('d', 100_000));
        var attachments = portal.Factory.Services.GetRequiredService<SubmissionAttachments>();
        var cut = (await attachments.BeginAsync(clientId, draftId, Editor.Of(account), "Antena.pdf", data.Length, 64 * 1024, CancellationToken.None)).Value;
        Assert.Null((await attachments.PutChunkAsync(clientId, draftId, cut.Id, 0, data[..(64 * 1024)], CancellationToken.None)).Failure);

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tālāk" }).ClickAsync();
        await Expect(page.Locator("#attachment-list")).ToContainTextAsync("Augšupielāde tika pārtraukta pie");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.ScreenshotAsync("submission-upload-cut");
        await page.GetByLabel("Lai turpinātu, izvēlieties to pašu datni vēlreiz: Antena.pdf").SetInputFilesAsync(new FilePayload { Name = "Antena.pdf", MimeType = "application/pdf", Buffer = data });
        await Expect(page.Locator("#attachment-list").GetByRole(AriaRole.Link, new() { Name = "Antena.pdf" })).ToBeVisibleAsync();

        await page.GetByLabel("Jūsu parole").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt iesniegumu" }).ClickAsync();
        await Expect(page.Locator("#sent-title")).ToHaveTextAsync("Iesniegums nosūtīts");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pilnvara.pdf" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Antena.pdf" })).ToBeVisibleAsync();
        await Expect(page.Locator(".files .hash")).ToHaveCountAsync(2);
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // The browser logs the refused program (400); nothing else went wrong.
        Assert.All(browser.Errors, error => Assert.Contains("400", error, StringComparison.Ordinal));
    }
}
