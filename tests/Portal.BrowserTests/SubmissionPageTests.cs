using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// A representative with the submit right fills in a request: the draft is saved as they type and survives a reload (the page comes
/// back to the draft's own address with what was typed), a second tab's save is met with the choice of which copy stands, and the
/// review step sends it with the password: the receipt's number on the page, its PDF, and the email.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubmissionPageTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task Request_TypedAcrossAReload_Sent_ShowsItsReceipt_AndIsEmailed()
    {
        var (account, _) = await SubmissionAttachmentPageTests.SubmitterAsync(portal);

        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await BrowserFixture.SignInAsync(browser, account.Email, Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await page.GotoAsync("/submissions");
        await Expect(page.Locator("#submissions-none")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Brīvas formas iesniegums" }).ClickAsync();

        await page.GetByLabel("Temats").FillAsync("Atļaujas kopija");
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/submission\?id=\d"));
        await page.GetByLabel("Teksts").FillAsync("Lūdzu atsūtīt atļaujas kopiju uz e-pastu.");
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Temats")).ToHaveValueAsync("Atļaujas kopija");
        Assert.Matches(@"/submission\?id=\d", page.Url);
        await Expect(page.GetByLabel("Teksts")).ToHaveValueAsync("Lūdzu atsūtīt atļaujas kopiju uz e-pastu.");
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("submission-draft");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Tālāk" }).ClickAsync();
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("Pārskats un nosūtīšana");
        await page.GetByLabel("Jūsu parole").FillAsync("Nepareiza1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt iesniegumu" }).ClickAsync();
        await Expect(page.Locator("#submit-error")).ToContainTextAsync("Parole nav pareiza");
        await page.GetByLabel("Jūsu parole").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt iesniegumu" }).ClickAsync();

        await SentSubmission.ReceiptSeenAsync(portal, browser, account.Email, "submission-sent");

        // The browser logs the refused wrong password (400); nothing else went wrong.
        Assert.All(browser.Errors, error => Assert.Contains("400", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASaveFromAStaleTab_OffersToLoadTheLatestOrKeepMine()
    {
        var (account, _) = await SubmissionAttachmentPageTests.SubmitterAsync(portal, amateur: true);
        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await BrowserFixture.SignInAsync(browser, account.Email, Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await page.GotoAsync("/submission?kind=free-form");
        await page.GetByLabel("Temats").FillAsync("Pirmā cilne");
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();

        // The second tab opens the same draft, saves, and the first one saves again from its older copy.
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync(page.Url);
        await second.GetByLabel("Temats").FillAsync("Otrā cilne");
        await Expect(second.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();
        await page.GetByLabel("Temats").FillAsync("Pirmā cilne, labota");

        await Expect(page.Locator("#save-conflict")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ielādēt jaunāko versiju" }).ClickAsync();
        await Expect(page.GetByLabel("Temats")).ToHaveValueAsync("Otrā cilne");

        await page.GetByLabel("Temats").FillAsync("Pirmā cilne, vēlreiz");
        await Expect(page.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();
        await second.GetByLabel("Temats").FillAsync("Otrā cilne, novecojusi");
        await Expect(second.Locator("#save-conflict")).ToBeVisibleAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Paturēt manu versiju" }).ClickAsync();
        await Expect(second.Locator("#save-state[data-state=saved]")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Temats")).ToHaveValueAsync("Otrā cilne, novecojusi");

        // The browser logs each refused save (412); nothing else went wrong.
        Assert.All(browser.Errors, error => Assert.Contains("412", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANoteAboutThePortal_FromTheFooter_NamesThePageItCameFrom()
    {
        var account = (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"ui-feedback-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", Password, 4), CancellationToken.None))!;
        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await BrowserFixture.SignInAsync(browser, account.Email, Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await page.GotoAsync("/sessions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ziņot par portāla kļūdu" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Ziņot par portāla kļūdu");
        var message = $"Sesiju sarakstā trūkst pārlūka nosaukuma ({Guid.NewGuid():N}).";
        await page.GetByLabel("Ko pamanījāt").FillAsync(message);
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt ziņu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Paldies");
        var note = (await portal.Factory.Services.GetRequiredService<Portal.Core.Submissions.PortalFeedback>().LatestAsync(50, CancellationToken.None)).Single(n => n.Message == message);
        Assert.Equal(("/sessions", account.Id), (note.Page, note.UserId));
        Assert.Empty(browser.Errors);
    }
}
