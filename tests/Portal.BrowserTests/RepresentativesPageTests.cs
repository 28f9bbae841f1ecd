using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Notifications;
using Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>A client's admin sees the client, invites a representative, ES confirms, the invitee creates an account from the link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RepresentativesPageTests(BrowserFixture portal)
{
    [Fact]
    public async Task Admin_InvitesFromThePage_StaffConfirm_InviteeCreatesAnAccountFromTheLink()
    {
        const string password = "Saule-2026x";
        var adminEmail = $"ui-admin-{Guid.NewGuid():N}@example.lv";
        var inviteeEmail = $"ui-invitee-{Guid.NewGuid():N}@example.lv";
        await ApproveAndActivateAsync(adminEmail, password);

        await using var admin = await portal.OpenAsync();
        await BrowserFixture.SignInAsync(admin, adminEmail, password);
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Klienta pārskats" }).ClickAsync();
        await Expect(admin.Page.Locator("main")).ToContainTextAsync("pārstāvju pārvaldība");
        Assert.Empty(await admin.AccessibilityViolationsAsync());

        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Pārstāvji" }).First.ClickAsync();
        await Expect(admin.Page.Locator("h1")).ToHaveTextAsync("Klienta pārstāvji");
        await admin.Page.Locator("#inviteEmail").FillAsync(inviteeEmail);
        await admin.Page.Locator("#invite-technical").CheckAsync();
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Uzaicināt" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("VAS “Elektroniskie sakari” to pārbaudīs");
        await admin.ScreenshotAsync("representatives-lv");
        Assert.Empty(await admin.AccessibilityViolationsAsync());

        // A second invitation, taken back: both wait in the list until then.
        var mistaken = $"ui-mistaken-{Guid.NewGuid():N}@example.lv";
        await admin.Page.Locator("#inviteEmail").FillAsync(mistaken);
        await admin.Page.RunAndWaitForResponseAsync(
            () => admin.Page.GetByRole(AriaRole.Button, new() { Name = "Uzaicināt" }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.EndsWith("/representatives/invitations", StringComparison.Ordinal));
        await admin.Page.ReloadAsync();
        var pending = admin.Page.Locator("#pending-invitations tbody tr");
        await Expect(pending).ToHaveCountAsync(2);
        await Expect(pending.First).ToContainTextAsync("Gaida ES pārbaudi");
        Assert.Empty(await admin.AccessibilityViolationsAsync());
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Atsaukt uzaicinājumu {mistaken}" }).ClickAsync();
        await Expect(pending).ToHaveCountAsync(1);
        await Expect(pending.First).ToContainTextAsync(inviteeEmail);

        // ES confirms on the staff page.
        await using var staff = await portal.OpenAsync();
        await portal.SignInAsStaffAsync(staff, Portal.Testing.DevIdentity.Operator);
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Uzaicinājumi" }).ClickAsync();
        var invitation = staff.Page.GetByRole(AriaRole.Region, new() { Name = $"Jānis Bērziņš: {inviteeEmail}" });
        Assert.Empty(await staff.AccessibilityViolationsAsync());
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Apstiprināt un nosūtīt" }).ClickAsync();
        await Expect(staff.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("apstiprināts");

        // The invitee, from the email.
        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var mail = (await portal.Backends.Mail.MessagesToAsync(inviteeEmail)).Single();
        await using var invitee = await portal.OpenAsync();
        await invitee.Page.GotoAsync(mail.LinkTo("/invitation"));
        await Expect(invitee.Page.Locator("main")).ToContainTextAsync("Jānis Bērziņš");
        await invitee.Page.Locator("#firstName").FillAsync("Ilze");
        await invitee.Page.Locator("#lastName").FillAsync("Kalna");
        await invitee.Page.Locator("#password").FillAsync(password);
        Assert.Empty(await invitee.AccessibilityViolationsAsync());
        // A new account accepts the terms in force first, like an applicant (§4).
        await invitee.Page.GetByRole(AriaRole.Button, new() { Name = "Izveidot kontu un pieņemt" }).ClickAsync();
        await Expect(invitee.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("jāpiekrīt lietošanas noteikumiem");
        await invitee.Page.Locator("#acceptTerms").CheckAsync();
        await invitee.Page.GetByRole(AriaRole.Button, new() { Name = "Izveidot kontu un pieņemt" }).ClickAsync();
        await Expect(invitee.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Uzaicinājums pieņemts");
        Assert.True(admin.Errors.Count == 0, string.Join("\n", admin.Errors));
        Assert.True(invitee.Errors.Count == 0, string.Join("\n", invitee.Errors));
    }

    /// <summary>An approved natural person with a password: the admin of their own client.</summary>
    private async Task ApproveAndActivateAsync(string email, string password)
    {
        var staff = await portal.ApiClientAsync();
        staff.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await portal.Backends.Identity.TokenAsync("staff-operator-script"));
        await ApprovedPerson.ActivateAsync(await portal.ApiClientAsync(), staff, portal.Factory.Services, portal.Backends.Mail, email, $"32{Random.Shared.Next(0, 999_999_999):D9}", password);
    }
}
