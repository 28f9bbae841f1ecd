using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;

namespace Portal.SecurityTests;

/// <summary>
/// A one-time link found later in a mailbox, a forwarded email or a browser's history is of no use once a
/// newer one was sent, or once the password changed: only a user's newest link of each kind is live.
/// </summary>
public sealed class OneTimeLinkTests(SecurityPortal portal) : IClassFixture<SecurityPortal>
{
    [Fact]
    public async Task AResetLink_IsDeadOnceANewerOneIsSent()
    {
        var email = await portal.NewAccountAsync("links");
        var anonymous = portal.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/auth/password-reset", new { email })).EnsureSuccessStatusCode();
        var older = await NewestTokenAsync(email, "/reset-password");
        (await anonymous.PostAsJsonAsync("/api/auth/password-reset", new { email })).EnsureSuccessStatusCode();
        var newer = await NewestTokenAsync(email, "/reset-password");

        var withOlder = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = older, newPassword = "Saule-2026x" });
        var withNewer = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = newer, newPassword = "Saule-2026x" });

        Assert.NotEqual(older, newer);
        Assert.Equal(HttpStatusCode.BadRequest, withOlder.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withNewer.StatusCode);
    }

    [Fact]
    public async Task AResetLink_AndAPendingEmailChange_AreDeadOnceThePasswordChanges()
    {
        var email = await portal.NewAccountAsync("links");
        var user = portal.CreateClient();
        await user.SignInAsync(email);
        (await portal.CreateClient().PostAsJsonAsync("/api/auth/password-reset", new { email })).EnsureSuccessStatusCode();
        var reset = await NewestTokenAsync(email, "/reset-password");
        var newEmail = $"moved-{Guid.NewGuid():N}@example.lv";
        (await user.PatchAsJsonAsync("/api/me", new { email = newEmail, currentPassword = Users.Password })).EnsureSuccessStatusCode();
        var confirm = await NewestTokenAsync(newEmail, "/confirm-email");

        (await user.PostAsJsonAsync("/api/me/password", new { currentPassword = Users.Password, newPassword = "Saule-2026x" })).EnsureSuccessStatusCode();

        var anonymous = portal.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = reset, newPassword = "Menesis-2026y" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/auth/confirm-email", new { token = confirm })).StatusCode);
    }

    [Fact]
    public async Task AnOlderActivationLink_SaysANewerOneWasSent_AndCannotEndIt()
    {
        var email = $"activation-{Guid.NewGuid():N}@example.lv";
        var account = await portal.Service<AccountStore>().EnsureApplicantAsync(Guid.NewGuid().ToString("N"), new Applicant(email, "Anna", "Kalniņa", "lv", "+37120000000", "Rīga", "", 4), CancellationToken.None);
        var links = portal.Service<ActivationLinks>();
        await links.IssueAsync(account, EmailTemplates.ActivationLink, "", CancellationToken.None);
        var older = await NewestTokenAsync(email, "/activate");
        await links.IssueAsync(account, EmailTemplates.ActivationLink, "", CancellationToken.None);
        var newer = await NewestTokenAsync(email, "/activate");
        var anonymous = portal.CreateClient();

        var withOlder = await anonymous.PostAsJsonAsync("/api/auth/activate", new { token = older, password = "Saule-2026x" });
        Assert.Equal(HttpStatusCode.Gone, withOlder.StatusCode);
        Assert.Equal(ProblemTypes.ActivationLinkSuperseded, (await withOlder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());

        // Asking again from the older email's link sends nothing and leaves the newest link working.
        var sent = (await portal.Backends.Mail.MessagesToAsync(email)).Count;
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/auth/activate/resend", new { token = older })).StatusCode);
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        Assert.Equal(sent, (await portal.Backends.Mail.MessagesToAsync(email)).Count);
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/activate", new { token = newer, password = "Saule-2026x" })).StatusCode);
    }

    [Fact]
    public async Task TheOldAddresssWasntMeLink_OutlivesResetsTheNewAddressAsksFor_AndBringsTheAddressBack()
    {
        var email = await portal.NewAccountAsync("taken-over");
        var user = portal.CreateClient();
        await user.SignInAsync(email);
        var taker = $"taker-{Guid.NewGuid():N}@example.lv";
        (await user.PatchAsJsonAsync("/api/me", new { email = taker, currentPassword = Users.Password })).EnsureSuccessStatusCode();
        var anonymous = portal.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/auth/confirm-email", new { token = await NewestTokenAsync(taker, "/confirm-email") })).EnsureSuccessStatusCode();
        var wasntMe = await NewestTokenAsync(email, "/reset-password");

        // Whoever holds the new address asks for a reset of their own.
        (await anonymous.PostAsJsonAsync("/api/auth/password-reset", new { email = taker })).EnsureSuccessStatusCode();
        var takersReset = await NewestTokenAsync(taker, "/reset-password");

        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = wasntMe, newPassword = "Atpakal-2026x" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Atpakal-2026x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email = taker, password = "Atpakal-2026x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = takersReset, newPassword = "Paturet-2026y" })).StatusCode);
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task TheLockNoticesResetLink_LetsTheOwnerBackInAtOnce_WithTheNewPasswordOnly()
    {
        var email = await portal.NewAccountAsync("locked-out");
        var anonymous = portal.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Nepareiza1" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Users.Password })).StatusCode);
        var recovery = await NewestTokenAsync(email, "/reset-password");

        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = recovery, newPassword = "Atgriezties-2026" })).StatusCode);

        // The reset ends the lock: the new password signs in now, not after the lock's 15 minutes; the old one never again.
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Atgriezties-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = Users.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = recovery, newPassword = "Vel-Viena-2026" })).StatusCode);
    }

    private async Task<string> NewestTokenAsync(string to, string page)
    {
        await portal.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return (await portal.Backends.Mail.MessagesToAsync(to)).Last(m => m.Text.Contains($"{page}?", StringComparison.Ordinal)).Token(page);
    }
}
