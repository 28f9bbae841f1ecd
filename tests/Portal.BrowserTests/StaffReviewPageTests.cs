using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Notifications;
using Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>The whole way in (§10): register, ES staff sign in and approve, the activation link sets the password, the user signs in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffReviewPageTests(BrowserFixture portal)
{
    [Fact]
    [Trait("Clause", "10")]
    public async Task AnApplicationWithTheCodeOfAPersonWhoIsAClient_ShowsTheClientAndWhoActsForIt_AndNoScopeIsChosen()
    {
        var code = $"32{Random.Shared.Next(0, 999_999_999):D9}";
        var surname = $"Ozols-{UniqueLetters()}";
        var api = await portal.ApiClientAsync();
        var staffApi = await portal.ApiClientAsync();
        staffApi.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await portal.Backends.Identity.TokenAsync("staff-operator-script"));
        var owner = $"ui-owner-{Guid.NewGuid():N}@example.lv";
        await ApplyAsync(api, owner, code, surname);
        (await staffApi.PostAsJsonAsync($"/api/staff/registrations/{await ApprovedPerson.PendingIdAsync(staffApi, owner)}/approve", new { })).EnsureSuccessStatusCode();
        var other = $"ui-other-{Guid.NewGuid():N}@example.lv";
        await ApplyAsync(api, other, code, surname);
        var second = await ApprovedPerson.PendingIdAsync(staffApi, other);

        await using var staff = await portal.OpenAsync();
        await portal.SignInAsStaffAsync(staff, DevIdentity.Operator);
        await staff.Page.GotoAsync($"/staff/registration?id={second}");

        await Expect(staff.Page.Locator("main")).ToContainTextAsync("Šī persona jau ir klients");
        await Expect(staff.Page.Locator("#existing-representatives")).ToContainTextAsync(owner);
        await Expect(staff.Page.GetByRole(AriaRole.Link, new() { Name = $"Jānis {surname}" })).ToBeVisibleAsync();
        await Expect(staff.Page.Locator("#scope-admin")).Not.ToBeCheckedAsync();
        Assert.Empty(await staff.AccessibilityViolationsAsync());
        await staff.Page.Locator("#scope-technical").CheckAsync();
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Apstiprināt" }).ClickAsync();
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Pieteikums apstiprināts");
    }

    /// <summary>Letters only, as names allow: each test's person is found by a surname of their own.</summary>
    private static string UniqueLetters() => string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('a' + Random.Shared.Next(26))));

    private static async Task ApplyAsync(HttpClient api, string email, string personalCode, string lastName) =>
        (await api.PostAsJsonAsync("/api/registrations", new
        {
            personKind = "natural", firstName = "Jānis", lastName, personalCode, address = "Brīvības iela 1, Rīga",
            email, phone = "+371 20000000", language = "lv", acceptedTermsVersion = 4,
        })).EnsureSuccessStatusCode();

    [Fact]
    [Trait("Clause", "10")]
    public async Task Register_StaffApprove_ActivateFromTheEmail_SignIn()
    {
        var email = $"ui-flow-{Guid.NewGuid():N}@example.lv";
        var surname = $"Bērziņš-{UniqueLetters()}";
        const string password = "Saule-2026x";

        // The applicant.
        await using var applicant = await portal.OpenAsync();
        await applicant.Page.GotoAsync("/register");
        await applicant.Page.Locator("#firstName").FillAsync("Jānis");
        await applicant.Page.Locator("#lastName").FillAsync(surname);
        await applicant.Page.Locator("#personalCode").FillAsync($"32{Random.Shared.Next(0, 999_999_999):D9}");
        await applicant.Page.Locator("#address").FillAsync("Brīvības iela 1, Rīga");
        await applicant.Page.Locator("#email").FillAsync(email);
        await applicant.Page.Locator("#phone").FillAsync("+371 20000000");
        await applicant.Page.Locator("#acceptTerms").CheckAsync();
        await applicant.Page.GetByRole(AriaRole.Button, new() { Name = "Iesniegt pieteikumu" }).ClickAsync();
        await Expect(applicant.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Pieteikums saņemts");

        // ES staff: the organisation's sign-in, then the application.
        await using var staff = await portal.OpenAsync();
        await staff.Page.GotoAsync("/staff");
        await Expect(staff.Page.Locator("h1")).ToHaveTextAsync("ES darbinieku pieslēgšanās");
        Assert.Empty(await staff.AccessibilityViolationsAsync());
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Pieslēgties ar uzņēmuma kontu" }).ClickAsync();
        await staff.Page.Locator("#email").FillAsync(DevIdentity.Operator);
        await staff.Page.Locator("#password").FillAsync(portal.Backends.Identity.StaffPassword);
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(staff.Page.Locator("h1")).ToHaveTextAsync("Pieteikumi izskatīšanai");
        await staff.ScreenshotAsync("staff-registrations-lv");
        Assert.Empty(await staff.AccessibilityViolationsAsync());

        await staff.Page.GetByRole(AriaRole.Link, new() { Name = $"Jānis {surname}" }).ClickAsync();
        await Expect(staff.Page.Locator("h1")).ToHaveTextAsync("Pieteikums");
        await Expect(staff.Page.Locator("#scope-finance")).ToBeCheckedAsync();
        await staff.ScreenshotAsync("staff-registration-lv");
        Assert.Empty(await staff.AccessibilityViolationsAsync());
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Apstiprināt" }).ClickAsync();
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Pieteikums apstiprināts");

        // The staff member finds the new user and sees their trail.
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Lietotāji" }).ClickAsync();
        await staff.Page.Locator("#query").FillAsync(email);
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Meklēt" }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = $"Jānis {surname}" }).ClickAsync();
        await Expect(staff.Page.Locator("h1")).ToHaveTextAsync("Lietotājs");
        await Expect(staff.Page.Locator("table")).ToContainTextAsync("account-create");
        await staff.ScreenshotAsync("staff-user-lv");
        Assert.Empty(await staff.AccessibilityViolationsAsync());

        // The applicant's activation link, from the real email.
        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var mail = (await portal.Backends.Mail.MessagesToAsync(email)).Single(m => m.Text.Contains("/activate?", StringComparison.Ordinal));
        await applicant.Page.GotoAsync(mail.LinkTo("/activate"));
        await Expect(applicant.Page.Locator("h1")).ToHaveTextAsync("Konta aktivizēšana");
        await applicant.Page.Locator("#password").FillAsync(password);
        Assert.Empty(await applicant.AccessibilityViolationsAsync());
        await applicant.Page.GetByRole(AriaRole.Button, new() { Name = "Aktivizēt kontu" }).ClickAsync();
        await Expect(applicant.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Konts aktivizēts");

        await applicant.Page.GetByRole(AriaRole.Link, new() { Name = "Pieslēgties" }).First.ClickAsync();
        await applicant.Page.Locator("#email").FillAsync(email);
        await applicant.Page.Locator("#password").FillAsync(password);
        await applicant.Page.GetByRole(AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();
        await applicant.Page.GetByRole(AriaRole.Link, new() { Name = "Mans profils" }).ClickAsync();
        await Expect(applicant.Page.Locator("main")).ToContainTextAsync($"Jānis {surname} (norēķini, tehniskie dati, iesniegumi, pārstāvju pārvaldība)");
        await applicant.ScreenshotAsync("account-after-activation-lv");
        Assert.Empty(await applicant.AccessibilityViolationsAsync());
        Assert.True(applicant.Errors.Count == 0, string.Join("\n", applicant.Errors));
        Assert.True(staff.Errors.Count == 0, string.Join("\n", staff.Errors));
    }
}
