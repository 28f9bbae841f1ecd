using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInPageTests(BrowserFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Theory]
    [InlineData("lv", "Pieslēgties", "Mans profils", "Atslēgties")]
    [InlineData("en", "Sign in", "My profile", "Sign out")]
    public async Task SignIn_ThroughTheForm_ShowsTheProfileThenSignsOut(string language, string signIn, string profile, string signOut)
    {
        var account = await CreateAccountAsync();
        await using var browser = await portal.OpenAsync();
        await browser.Page.Context.AddInitScriptAsync($"localStorage.setItem('portal.language', '{language}')");
        await browser.Page.GotoAsync("/");

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = signIn }).ClickAsync();
        await Expect(browser.Page.Locator("#email")).ToBeVisibleAsync();
        await browser.ScreenshotAsync($"sign-in-{language}");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.Locator("#email").FillAsync(account.Email);
        await browser.Page.Locator("#password").FillAsync(Password);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = signIn }).ClickAsync();

        // Sign-in lands on the dashboard; the header leads to the profile.
        await Expect(browser.Page.Locator("main h1")).ToHaveTextAsync(language == "lv" ? "Jūsu pārskats" : "Your overview");
        await browser.Page.GotoAsync("/account");
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync(profile);
        await Expect(browser.Page.Locator("main")).ToContainTextAsync(account.Email);
        await browser.ScreenshotAsync($"account-{language}");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.ReloadAsync();
        await Expect(browser.Page.Locator("main")).ToContainTextAsync(account.Email);

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = language == "lv" ? "Manas darbības" : "My activity" }).ClickAsync();
        await Expect(browser.Page.Locator("tbody tr").First).ToContainTextAsync(language == "lv" ? "Pieslēgšanās" : "Sign-in");
        await browser.ScreenshotAsync($"activity-{language}");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = signOut }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = signIn })).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutTellingWhichPartWasWrong()
    {
        var account = await CreateAccountAsync();
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/sign-in");

        await browser.Page.Locator("#email").FillAsync(account.Email);
        await browser.Page.Locator("#password").FillAsync("Nepareiza1");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();

        await Expect(browser.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Neizdevās pieslēgties" })).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("#password")).ToBeFocusedAsync();
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        // The browser reports the refused sign-in (401) itself; nothing else may go wrong.
        Assert.All(browser.Errors, e => Assert.Contains("status of 401", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lockout_FiveWrongPasswords_ThenTheEmailedResetLink_LetsTheUserBackIn()
    {
        var account = await CreateAccountAsync();
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/sign-in");
        for (var i = 0; i < 5; i++)
        {
            await browser.Page.Locator("#email").FillAsync(account.Email);
            await browser.Page.Locator("#password").FillAsync("Nepareiza1");
            await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();
            await Expect(browser.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Neizdevās pieslēgties" })).ToBeVisibleAsync();
        }

        await portal.Factory.Services.GetRequiredService<Portal.Core.Notifications.OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var email = Assert.Single(await portal.Backends.Mail.MessagesToAsync(account.Email));
        await browser.Page.GotoAsync(email.LinkTo("/reset-password"));
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Jaunas paroles iestatīšana");
        await browser.Page.Locator("#newPassword").FillAsync("Jauna7");
        await Expect(browser.Page.Locator("[data-rule=TooShort]")).Not.ToHaveClassAsync("rule met");
        await Expect(browser.Page.Locator("[data-rule=NeedsDigit]")).ToHaveClassAsync("rule met");
        await browser.Page.Locator("#newPassword").FillAsync("JaunaParole77");
        await Expect(browser.Page.Locator("[data-rule=TooShort]")).ToHaveClassAsync("rule met");
        await browser.ScreenshotAsync("reset-password-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt paroli" }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Parole nomainīta");

        await browser.Page.GotoAsync("/sign-in");
        await browser.Page.Locator("#email").FillAsync(account.Email);
        await browser.Page.Locator("#password").FillAsync("JaunaParole77");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        Assert.All(browser.Errors, e => Assert.Contains("status of 401", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForgotAndChangePassword_Pages_HaveNoAxeViolations()
    {
        var account = await CreateAccountAsync();
        await using var browser = await portal.OpenAsync();
        await browser.Page.GotoAsync("/forgot-password");
        await browser.Page.Locator("#email").FillAsync(account.Email);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sūtīt saiti" }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("saite ir nosūtīta");
        await browser.ScreenshotAsync("forgot-password-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await browser.Page.GotoAsync("/sign-in");
        await browser.Page.Locator("#email").FillAsync(account.Email);
        await browser.Page.Locator("#password").FillAsync(Password);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await browser.Page.GotoAsync("/account");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Mainīt paroli" }).ClickAsync();
        await browser.Page.Locator("#currentPassword").FillAsync(Password);
        await browser.Page.Locator("#newPassword").FillAsync("CitaParole55");
        await browser.ScreenshotAsync("change-password-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt paroli" }).ClickAsync();
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Mans profils");
        Assert.Empty(browser.Errors);
    }

    private async Task<UserAccount> CreateAccountAsync() =>
        (await portal.Factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"browser-{Guid.NewGuid():N}@example.lv", "Līga", "Ozola", "lv", Password, AcceptedTermsVersion: 4),
            CancellationToken.None))!;
}
