using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Staff review applications (§10): approval makes the user and their client and sends the activation link; rejection tells the reason.</summary>
[Collection(PortalCollection.Name)]
public sealed class RegistrationReviewTests(PortalFixture portal)
{
    private const string Password = "Vilnis-2024x";

    [Fact]
    [Trait("Clause", "10")]
    public async Task Approve_NaturalPerson_ActivationLinkSetsThePasswordAndTheUserActsForTheirOwnClientWithAllScopes()
    {
        var email = NewEmail();
        var id = await SubmitNaturalAsync(email);
        var staff = await StaffAsync("staff-operator-script");

        var approved = await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var application = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", application.GetProperty("status").GetString());
        Assert.Equal(["finance", "technical", "submit", "admin"], application.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var mail = await LastEmailAsync(email);
        Assert.Contains("aktivizēt", mail.Text, StringComparison.OrdinalIgnoreCase);
        var token = mail.Token("/activate");

        var client = portal.CreateClient();
        // Not yet active: the password that will be set does not sign in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/auth/activate", new { token, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/auth/activate", new { token, password = Password })).StatusCode);

        var signIn = await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var me = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(me.GetProperty("mustAcceptTerms").GetBoolean());
        var own = Assert.Single(me.GetProperty("clients").EnumerateArray());
        Assert.Equal("Jānis Bērziņš", own.GetProperty("name").GetString());
        Assert.Equal("natural", own.GetProperty("kind").GetString());
        Assert.Equal(4, own.GetProperty("scopes").GetArrayLength());
        Assert.Equal("+371 20000000", me.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Approved_UserIsFoundByPersonalCodeAndByTheBeginningOfTheNameWithoutDiacritics()
    {
        var code = NewPersonalCode();
        var surname = $"Kalniņš{string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('a' + Random.Shared.Next(26))))}";
        var id = await SubmitNaturalAsync(NewEmail(), code, surname);
        var staff = await StaffAsync("staff-operator-script");
        var approved = await (await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var userId = approved.GetProperty("userId").GetString();

        var byCode = await staff.StaffSearchAsync("users", $"{code[..6]}-{code[6..]}");
        var byName = await staff.StaffSearchAsync("users", surname.Replace("ņ", "n", StringComparison.Ordinal).ToUpperInvariant());
        var byFirstAndLast = await staff.StaffSearchAsync("users", $"janis {surname[..5]}");

        Assert.Equal(userId, Assert.Single(byCode.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(userId, Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains(byFirstAndLast.GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetString() == userId);
        Assert.Equal("awaiting-activation", byCode.GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Approve_Twice_SecondIsAConflict()
    {
        var id = await SubmitNaturalAsync(NewEmail());
        var staff = await StaffAsync("staff-operator-script");
        (await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { })).EnsureSuccessStatusCode();

        var again = await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/reject", new { reason = "late" });

        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.AlreadyDecided, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Approve_CompanyThatIsAlreadyAClient_NeedsTheScopesStaffChoose()
    {
        var registrationNumber = $"4000{Random.Shared.Next(1_000_000, 9_999_999)}";
        var staff = await StaffAsync("staff-operator-script");
        var first = await SubmitLegalAsync(NewEmail(), registrationNumber);
        (await staff.PostAsJsonAsync($"/api/staff/registrations/{first}/approve", new { })).EnsureSuccessStatusCode();
        var secondEmail = NewEmail();
        var second = await SubmitLegalAsync(secondEmail, registrationNumber);

        var details = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/registrations/{second}");
        var withoutScopes = await staff.PostAsJsonAsync($"/api/staff/registrations/{second}/approve", new { });
        var withScopes = await staff.PostAsJsonAsync($"/api/staff/registrations/{second}/approve", new { scopes = new[] { "finance" } });

        Assert.NotNull(details.GetProperty("existingClientId").GetString());
        var problem = await ProblemAssert.IsProblemAsync(withoutScopes, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("scopes", out _));
        var approved = await withScopes.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(details.GetProperty("existingClientId").GetString(), approved.GetProperty("clientId").GetString());
        Assert.Equal(["finance"], approved.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    [Trait("Clause", "10")]
    public async Task Approve_APersonWhoIsAlreadyAClient_ShowsTheClient_NeedsTheScopesStaffChoose_AndGoesOnTheClientsTrail()
    {
        // Anyone may type a personal code: a second application with it must not take the client over.
        var code = NewPersonalCode();
        var staff = await StaffAsync("staff-operator-script");
        var first = await SubmitNaturalAsync(NewEmail(), code);
        var owner = await (await staff.PostAsJsonAsync($"/api/staff/registrations/{first}/approve", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var second = await SubmitNaturalAsync(NewEmail(), code);

        var details = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/registrations/{second}");
        var withoutScopes = await staff.PostAsJsonAsync($"/api/staff/registrations/{second}/approve", new { });
        var withScopes = await staff.PostAsJsonAsync($"/api/staff/registrations/{second}/approve", new { scopes = new[] { "technical" } });

        var clientId = owner.GetProperty("clientId").GetString()!;
        Assert.Equal(clientId, details.GetProperty("existingClientId").GetString());
        var problem = await ProblemAssert.IsProblemAsync(withoutScopes, HttpStatusCode.BadRequest);
        Assert.Contains("already a client", problem.GetProperty("errors").GetProperty("scopes")[0].GetString(), StringComparison.Ordinal);
        var approved = await withScopes.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(clientId, approved.GetProperty("clientId").GetString());
        Assert.Equal(["technical"], approved.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var (trail, _) = await portal.Service<Portal.Core.Audit.AuditTrail>().ReadAsync(Portal.Core.Audit.AuditTrail.ClientChain(clientId), 20, null, CancellationToken.None);
        Assert.Contains(trail, r => r.Action == Portal.Core.Audit.AuditActions.RegistrationApprove && r.Target == second);
    }

    [Fact]
    [Trait("Clause", "10")]
    public async Task Approve_APersonWhoBecameAClientAfterTheDecision_StopsBeforeJoiningIt_AndIsPendingAgain()
    {
        // The decision is recorded for a new client (all scopes); before it is finished, the same person
        // becomes a client through another application. Finishing must not join that client unseen.
        var code = NewPersonalCode();
        var staff = await StaffAsync("staff-operator-script");
        var lateEmail = NewEmail();
        var late = await SubmitNaturalAsync(lateEmail, code);
        var table = new Azure.Data.Tables.TableClient(portal.Backends.Azurite.ConnectionString, "Registrations");
        await table.UpdateEntityAsync(
            new Azure.Data.Tables.TableEntity($"registration|{late}", "application")
            {
                ["Status"] = "approving",
                ["UserId"] = Guid.NewGuid().ToString("N"),
                ["ClientId"] = Guid.NewGuid().ToString("N"),
                ["Scopes"] = "admin,finance,technical,submit",
                ["DecidedBy"] = "staff:test",
            },
            Azure.ETag.All,
            Azure.Data.Tables.TableUpdateMode.Merge);
        var first = await SubmitNaturalAsync(NewEmail(), code);
        var owner = await (await staff.PostAsJsonAsync($"/api/staff/registrations/{first}/approve", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var clientId = owner.GetProperty("clientId").GetString();

        var finishing = await staff.PostAsJsonAsync($"/api/staff/registrations/{late}/approve", new { });

        await ProblemAssert.IsProblemAsync(finishing, HttpStatusCode.Conflict);
        var details = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/registrations/{late}");
        Assert.Equal("pending", details.GetProperty("status").GetString());
        Assert.Equal(clientId, details.GetProperty("existingClientId").GetString());
        Assert.DoesNotContain(lateEmail, (await staff.GetFromJsonAsync<JsonElement>($"/api/staff/clients/{clientId}")).ToString(), StringComparison.OrdinalIgnoreCase);
        var withScopes = await staff.PostAsJsonAsync($"/api/staff/registrations/{late}/approve", new { scopes = new[] { "technical" } });
        Assert.Equal(HttpStatusCode.OK, withScopes.StatusCode);
        Assert.Contains(lateEmail, (await staff.GetFromJsonAsync<JsonElement>($"/api/staff/clients/{clientId}")).ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Clause", "23.3")]
    public async Task Document_OfACompanyApplication_IsServedToStaffAndTheReadIsAudited()
    {
        var staff = await StaffAsync("staff-operator-script");
        var id = await SubmitLegalAsync(NewEmail(), $"4000{Random.Shared.Next(1_000_000, 9_999_999)}");

        var document = await staff.GetAsync($"/api/staff/registrations/{id}/document");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var trail = await portal.Service<Portal.Core.Audit.AuditTrail>().ReadAsync($"registration|{id}", 100, null, CancellationToken.None);
        Assert.Contains(trail.Items, r => r.Action == "staff-read" && r.Target == $"registration-document:{id}" && r.Actor == "staff:staff-operator-script");
    }

    [Fact]
    [Trait("Clause", "5")]
    public async Task Reject_EmailsTheReasonAndTheEmailMayApplyAgain()
    {
        var email = NewEmail();
        var id = await SubmitNaturalAsync(email);
        var staff = await StaffAsync("staff-operator-script");

        var missing = await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/reject", new { reason = " " });
        var rejected = await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/reject", new { reason = "Personas kods neatbilst dokumentiem." });

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("Personas kods neatbilst dokumentiem.", (await LastEmailAsync(email)).Text, StringComparison.Ordinal);
        var pending = await staff.GetFromJsonAsync<JsonElement>("/api/staff/registrations?status=pending");
        Assert.DoesNotContain(pending.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.NotEqual(id, await SubmitNaturalAsync(email));
    }

    [Fact]
    public async Task StaffRoutes_RefuseAPersonsSessionAndScriptsWithoutTheRole()
    {
        var id = await SubmitNaturalAsync(NewEmail());
        var anonymous = portal.CreateClient();
        var backoffice = await StaffAsync("backoffice");

        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/staff/registrations"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { }), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await backoffice.GetAsync("/api/staff/registrations"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await backoffice.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Approve_UnknownScope_400()
    {
        var id = await SubmitNaturalAsync(NewEmail());
        var staff = await StaffAsync("staff-operator-script");

        var response = await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { scopes = new[] { "everything" } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("scopes", out _));
    }

    private Task<HttpClient> StaffAsync(string script) => portal.CreateStaffClientAsync(script);

    private static string NewEmail() => $"review-{Guid.NewGuid():N}@example.lv";

    /// <summary>A new-form personal code (32...), so each test's person is their own client.</summary>
    internal static string NewPersonalCode() => $"32{Random.Shared.Next(0, 999_999_999):D9}";

    private async Task<string> SubmitNaturalAsync(string email, string? personalCode = null, string lastName = "Bērziņš")
    {
        var response = await portal.CreateClient().PostAsJsonAsync("/api/registrations", new
        {
            personKind = "natural", firstName = "Jānis", lastName, personalCode = personalCode ?? NewPersonalCode(), address = "Brīvības iela 1, Rīga",
            email, phone = "+371 20000000", language = "lv", acceptedTermsVersion = 4,
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await PendingIdAsync(email);
    }

    private async Task<string> SubmitLegalAsync(string email, string registrationNumber)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["personKind"] = "legal", ["firstName"] = "Līga", ["lastName"] = "Ozola", ["personalCode"] = NewPersonalCode(),
            ["companyName"] = "SIA Radio Testi", ["registrationNumber"] = registrationNumber, ["position"] = "valdes locekle",
            ["address"] = "Eksporta iela 5, Rīga", ["email"] = email, ["phone"] = "+371 20000001", ["language"] = "en", ["acceptedTermsVersion"] = "4",
        })
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(TestPdf.Plain());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "document", "pilnvara.pdf");
        Assert.Equal(HttpStatusCode.Accepted, (await portal.CreateClient().PostAsync("/api/registrations", form)).StatusCode);
        return await PendingIdAsync(email);
    }

    private async Task<string> PendingIdAsync(string email) => await Approved.PendingIdAsync(await StaffAsync("staff-operator-script"), email);

    /// <summary>The newest email to the address that is not the confirmation of receipt (the dispatcher may send both in one run).</summary>
    private async Task<CaughtEmail> LastEmailAsync(string to)
    {
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return (await portal.Backends.Mail.MessagesToAsync(to)).Last(m => !m.Text.Contains("saņemts", StringComparison.Ordinal) && !m.Text.Contains("was received", StringComparison.Ordinal));
    }
}

/// <summary>An activation link older than 72 hours is refused; its page asks for a new one, which works.</summary>
public sealed class ActivationExpiryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly IsolatedPortal _portal;

    public ActivationExpiryTests()
    {
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_clock));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ExpiredLink_410_ThenANewLinkActivates()
    {
        var email = $"expiry-{Guid.NewGuid():N}@example.lv";
        var client = _portal.CreateClient();
        (await client.PostAsJsonAsync("/api/registrations", new
        {
            personKind = "natural", firstName = "Anna", lastName = "Kalniņa", personalCode = RegistrationReviewTests.NewPersonalCode(), address = "Rīga",
            email, phone = "+371 20000002", language = "en", acceptedTermsVersion = 4,
        })).EnsureSuccessStatusCode();
        var staff = await _portal.CreateStaffClientAsync("staff-admin-script");
        var id = (await staff.GetFromJsonAsync<JsonElement>("/api/staff/registrations")).GetProperty("items")[0].GetProperty("id").GetString();
        (await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { })).EnsureSuccessStatusCode();
        var oldToken = Assert.Single(await ActivationTokensAsync(email));

        _clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        var expired = await client.PostAsJsonAsync("/api/auth/activate", new { token = oldToken, password = "Vilnis-2024x" });
        var resend = await client.PostAsJsonAsync("/api/auth/activate/resend", new { token = oldToken });
        var newToken = Assert.Single((await ActivationTokensAsync(email)).Except([oldToken]));
        var activated = await client.PostAsJsonAsync("/api/auth/activate", new { token = newToken, password = "Vilnis-2024x" });

        var problem = await ProblemAssert.IsProblemAsync(expired, HttpStatusCode.Gone);
        Assert.Equal(ProblemTypes.ActivationLinkExpired, problem.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.NoContent, activated.StatusCode);
    }

    private async Task<IReadOnlyList<string>> ActivationTokensAsync(string to)
    {
        await _portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return [.. (await _portal.Backends.Mail.MessagesToAsync(to)).Where(m => m.Text.Contains("/activate?", StringComparison.Ordinal)).Select(m => m.Token("/activate"))];
    }
}
