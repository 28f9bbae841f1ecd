using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Notifications;
using Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RegisterPageTests(BrowserFixture portal)
{
    [Fact]
    public async Task Register_NaturalPerson_ShowsFieldErrorsThenSendsTheApplication()
    {
        var email = $"ui-reg-{Guid.NewGuid():N}@example.lv";
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Pieteikties portālam" }).ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Pieteikums klientu portāla lietošanai");

        await browser.Page.Locator("#firstName").FillAsync("Jānis");
        await browser.Page.Locator("#lastName").FillAsync("Bērziņš");
        await browser.Page.Locator("#personalCode").FillAsync("010190-12348");
        await browser.Page.Locator("#address").FillAsync("Brīvības iela 1, Rīga");
        await browser.Page.Locator("#email").FillAsync(email);
        await browser.Page.Locator("#phone").FillAsync("+371 20000000");
        await browser.Page.Locator("#acceptTerms").CheckAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Iesniegt pieteikumu" }).ClickAsync();

        await Expect(browser.Page.Locator("#personalCode-error")).ToHaveTextAsync("Ievadiet derīgu personas kodu (DDMMGG-NNNNN vai 32NNNN-NNNNN).");
        await Expect(browser.Page.Locator("#personalCode")).ToHaveAttributeAsync("aria-invalid", "true");
        await browser.ScreenshotAsync("register-errors-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.Locator("#personalCode").FillAsync("010190-12349");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Iesniegt pieteikumu" }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Pieteikums saņemts");

        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        Assert.Single(await portal.Backends.Mail.MessagesToAsync(email));
        Assert.All(browser.Errors, e => Assert.Contains("status of 400", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Register_ForACompany_UploadsTheAuthorityPdf()
    {
        var email = $"ui-reg-{Guid.NewGuid():N}@example.lv";
        await using var browser = await portal.OpenAsync();
        await browser.Page.Context.AddInitScriptAsync("localStorage.setItem('portal.language', 'en')");
        await browser.Page.GotoAsync("/register");

        await browser.Page.GetByLabel("For a company").CheckAsync();
        await browser.Page.Locator("#firstName").FillAsync("Līga");
        await browser.Page.Locator("#lastName").FillAsync("Ozola");
        await browser.Page.Locator("#personalCode").FillAsync("311285-10002");
        await browser.Page.Locator("#companyName").FillAsync("SIA Radio Testi");
        await browser.Page.Locator("#registrationNumber").FillAsync("40003021907");
        await browser.Page.Locator("#position").FillAsync("Board member");
        await browser.Page.Locator("#address").FillAsync("Eksporta iela 5, Rīga");
        await browser.Page.Locator("#email").FillAsync(email);
        await browser.Page.Locator("#phone").FillAsync("+371 20000001");
        await browser.Page.Locator("#document").SetInputFilesAsync(new FilePayload { Name = "authority.pdf", MimeType = "application/pdf", Buffer = TestPdf.Plain() });
        await browser.Page.Locator("#acceptTerms").CheckAsync();
        await browser.ScreenshotAsync("register-company-en");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();

        await Expect(browser.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Application received");
        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var mail = Assert.Single(await portal.Backends.Mail.MessagesToAsync(email));
        Assert.Equal("Your application to use the client portal was received", mail.Subject);
        Assert.Empty(browser.Errors);
    }
}
