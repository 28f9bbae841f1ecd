using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;

namespace Portal.IntegrationTests;

/// <summary>A client's admins invite, change and remove representatives (§2.5, §6, §10); ES confirms invitations unless the client invites by itself.</summary>
[Collection(PortalCollection.Name)]
public sealed class RepresentativeTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne-42x";

    [Fact]
    [Trait("Clause", "2.5")]
    public async Task Invite_ConfirmedByStaff_TheInviteeWithoutAnAccountCreatesOneAndActsWithTheChosenScopes()
    {
        var (admin, clientId) = await AdminAsync();
        var invitee = NewEmail();

        var invited = await admin.PostAsJsonAsync($"/api/clients/{clientId}/representatives/invitations", new { email = invitee, scopes = new[] { "finance" } });

        Assert.Equal(HttpStatusCode.Accepted, invited.StatusCode);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("awaiting-staff", invitation.GetProperty("status").GetString());
        Assert.Empty(await portal.Backends.Mail.MessagesToAsync(invitee));
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var waiting = await staff.GetFromJsonAsync<JsonElement>("/api/staff/invitations");
        Assert.Contains(waiting.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == invitation.GetProperty("id").GetString());
        (await staff.PostAsync($"/api/staff/clients/{clientId}/invitations/{invitation.GetProperty("id").GetString()}/confirm", null)).EnsureSuccessStatusCode();

        var token = await InvitationTokenAsync(invitee);
        var anyone = portal.CreateClient();
        var view = await (await anyone.PostAsJsonAsync("/api/auth/invitation", new { token })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(view.GetProperty("hasAccount").GetBoolean());
        Assert.Equal(["finance"], view.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var weak = await anyone.PostAsJsonAsync("/api/auth/invitation/accept", new { token, firstName = "Ilze", lastName = "Kalna", password = "short" });
        await ProblemAssert.IsProblemAsync(weak, HttpStatusCode.BadRequest);
        // The new account must accept the terms in force, like an application (§4).
        var unaccepted = await ProblemAssert.IsProblemAsync(await anyone.PostAsJsonAsync("/api/auth/invitation/accept", new { token, firstName = "Ilze", lastName = "Kalna", password = Password }), HttpStatusCode.BadRequest);
        Assert.True(unaccepted.GetProperty("errors").TryGetProperty("acceptedTermsVersion", out _));
        await ProblemAssert.IsProblemAsync(await anyone.PostAsJsonAsync("/api/auth/invitation/accept", new { token, firstName = "Ilze", lastName = "Kalna", password = Password, acceptedTermsVersion = 3 }), HttpStatusCode.BadRequest);
        var accepted = await anyone.PostAsJsonAsync("/api/auth/invitation/accept", new { token, firstName = "Ilze", lastName = "Kalna", password = Password, acceptedTermsVersion = 4 });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await ProblemAssert.IsProblemAsync(await anyone.PostAsJsonAsync("/api/auth/invitation/accept", new { token, firstName = "Ilze", lastName = "Kalna", password = Password, acceptedTermsVersion = 4 }), HttpStatusCode.BadRequest);

        var representative = portal.CreateClient();
        var me = await (await representative.PostAsJsonAsync("/api/auth/sign-in", new { email = invitee, password = Password })).Content.ReadFromJsonAsync<JsonElement>();
        var client = Assert.Single(me.GetProperty("clients").EnumerateArray());
        Assert.Equal(clientId, client.GetProperty("id").GetString());
        Assert.Equal(["finance"], client.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(me.GetProperty("mustAcceptTerms").GetBoolean());
        var (trail, _) = await portal.Service<Portal.Core.Audit.AuditTrail>().ReadAsync(Portal.Core.Audit.AuditTrail.UserChain(me.GetProperty("id").GetString()!), 20, null, CancellationToken.None);
        Assert.Contains(trail, r => r.Action == Portal.Core.Audit.AuditActions.TermsAcceptance && r.Target == "terms-v4");
        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/representatives");
        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
        await ProblemAssert.IsProblemAsync(await representative.GetAsync($"/api/clients/{clientId}/representatives"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invite_SelfService_IsSentAtOnce_AnExistingAccountAcceptsSignedInAsItself()
    {
        var (admin, clientId) = await AdminAsync();
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        (await staff.PatchAsJsonAsync($"/api/staff/clients/{clientId}", new { selfServiceInvitations = true })).EnsureSuccessStatusCode();
        var (other, otherClientId) = await AdminAsync();
        var otherEmail = (await other.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("email").GetString()!;

        var invited = await admin.PostAsJsonAsync($"/api/clients/{clientId}/representatives/invitations", new { email = otherEmail, scopes = new[] { "technical", "submit" } });

        Assert.Equal("sent", (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var token = await InvitationTokenAsync(otherEmail);
        await ProblemAssert.IsProblemAsync(await portal.CreateClient().PostAsJsonAsync("/api/auth/invitation/accept", new { token }), HttpStatusCode.Unauthorized);
        var wrong = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/auth/invitation/accept", new { token }), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.InvitationForAnotherAccount, wrong.GetProperty("type").GetString());
        (await other.PostAsJsonAsync("/api/auth/invitation/accept", new { token })).EnsureSuccessStatusCode();

        var me = await other.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(2, me.GetProperty("clients").GetArrayLength());
        Assert.Contains(me.GetProperty("clients").EnumerateArray(), c => c.GetProperty("id").GetString() == otherClientId);
    }

    [Fact]
    [Trait("Clause", "6")]
    public async Task Remove_TheRemovedRepresentativesNextRequestToThatClientFails_TheirOtherClientsStillWork()
    {
        var (admin, clientId) = await AdminAsync();
        var (representative, ownClientId) = await AdminAsync();
        var userId = await JoinAsync(admin, clientId, representative, ["finance", "technical"]);
        Assert.Equal(HttpStatusCode.OK, (await representative.GetAsync($"/api/clients/{clientId}")).StatusCode);

        var removed = await admin.DeleteAsync($"/api/clients/{clientId}/representatives/{userId}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var gone = await ProblemAssert.IsProblemAsync(await representative.GetAsync($"/api/clients/{clientId}"), HttpStatusCode.NotFound);
        Assert.Equal(ProblemTypes.ClientNotFound, gone.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await representative.GetAsync($"/api/clients/{ownClientId}")).StatusCode);
        var me = await representative.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(ownClientId, Assert.Single(me.GetProperty("clients").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    [Trait("Clause", "6")]
    public async Task ChangeScopes_AndTheLastAdminStaysUnlessStaffRemoveThem()
    {
        var (admin, clientId) = await AdminAsync();
        var adminId = (await admin.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString();
        var (representative, _) = await AdminAsync();
        var userId = await JoinAsync(admin, clientId, representative, ["finance"]);

        (await admin.PatchAsJsonAsync($"/api/clients/{clientId}/representatives/{userId}", new { scopes = new[] { "finance", "submit" } })).EnsureSuccessStatusCode();
        var dropOwnAdmin = await admin.PatchAsJsonAsync($"/api/clients/{clientId}/representatives/{adminId}", new { scopes = new[] { "finance" } });
        var removeSelf = await admin.DeleteAsync($"/api/clients/{clientId}/representatives/{adminId}");
        var badScopes = await admin.PatchAsJsonAsync($"/api/clients/{clientId}/representatives/{userId}", new { scopes = new[] { "root" } });

        var me = await representative.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["finance", "submit"], me.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("id").GetString() == clientId).GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(ProblemTypes.LastAdmin, (await ProblemAssert.IsProblemAsync(dropOwnAdmin, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        await ProblemAssert.IsProblemAsync(removeSelf, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(badScopes, HttpStatusCode.BadRequest);

        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/staff/clients/{clientId}/representatives/{adminId}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/clients/{clientId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revoke_APendingInvitation_ItsLinkStopsWorkingAndStaffNoLongerSeeIt()
    {
        var (admin, clientId) = await AdminAsync();
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var waiting = await (await admin.PostAsJsonAsync($"/api/clients/{clientId}/representatives/invitations", new { email = NewEmail(), scopes = new[] { "finance" } })).Content.ReadFromJsonAsync<JsonElement>();
        (await staff.PatchAsJsonAsync($"/api/staff/clients/{clientId}", new { selfServiceInvitations = true })).EnsureSuccessStatusCode();
        var email = NewEmail();
        var sent = await (await admin.PostAsJsonAsync($"/api/clients/{clientId}/representatives/invitations", new { email, scopes = new[] { "technical" } })).Content.ReadFromJsonAsync<JsonElement>();
        var token = await InvitationTokenAsync(email);

        var pending = (await admin.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/representatives/invitations")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([sent.GetProperty("id").GetString(), waiting.GetProperty("id").GetString()], pending.Select(i => i.GetProperty("id").GetString()));

        foreach (var invitation in new[] { waiting, sent })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/clients/{clientId}/representatives/invitations/{invitation.GetProperty("id").GetString()}")).StatusCode);
        }

        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/representatives/invitations")).GetProperty("items").EnumerateArray());
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"/api/clients/{clientId}/representatives/invitations/{sent.GetProperty("id").GetString()}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"/api/clients/{clientId}/representatives/invitations/not-an-id"), HttpStatusCode.NotFound);
        Assert.DoesNotContain((await staff.GetFromJsonAsync<JsonElement>("/api/staff/invitations")).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == waiting.GetProperty("id").GetString());
        var link = await portal.CreateClient().PostAsJsonAsync("/api/auth/invitation", new { token });
        Assert.False(link.IsSuccessStatusCode);
    }

    /// <summary>A person through application, approval and activation: the admin of their own client.</summary>
    private async Task<(HttpClient Client, string ClientId)> AdminAsync()
    {
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var user = await Approved.NaturalPersonAsync(portal, staff, NewEmail(), RegistrationReviewTests.NewPersonalCode(), Password);
        var me = await user.GetFromJsonAsync<JsonElement>("/api/me");
        return (user, me.GetProperty("clients")[0].GetProperty("id").GetString()!);
    }

    /// <summary>Invites the signed-in user to the client through the self-service path and accepts; returns their user id.</summary>
    private async Task<string> JoinAsync(HttpClient admin, string clientId, HttpClient invitee, string[] scopes)
    {
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        (await staff.PatchAsJsonAsync($"/api/staff/clients/{clientId}", new { selfServiceInvitations = true })).EnsureSuccessStatusCode();
        var me = await invitee.GetFromJsonAsync<JsonElement>("/api/me");
        var email = me.GetProperty("email").GetString()!;
        (await admin.PostAsJsonAsync($"/api/clients/{clientId}/representatives/invitations", new { email, scopes })).EnsureSuccessStatusCode();
        (await invitee.PostAsJsonAsync("/api/auth/invitation/accept", new { token = await InvitationTokenAsync(email) })).EnsureSuccessStatusCode();
        return me.GetProperty("id").GetString()!;
    }

    private async Task<string> InvitationTokenAsync(string email)
    {
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return (await portal.Backends.Mail.MessagesToAsync(email)).Last(m => m.Text.Contains("/invitation?", StringComparison.Ordinal)).Token("/invitation");
    }

    private static string NewEmail() => $"rep-{Guid.NewGuid():N}@example.lv";
}
