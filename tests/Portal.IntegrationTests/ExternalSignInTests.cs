using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Identity.Vpm;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Demo.Vpm;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>
/// Sign-in with Latvija.lv (issue 15) end to end against the dev host's stand-in: its pages for each test person, and answers it
/// signs for people made up per test (so tests do not share a code).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ExternalSignInTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "2.8")]
    public async Task OlderCode_MatchesTheUserVerifiedWithIt_SignsInAndTheCodeBecomesTheCurrentOne()
    {
        var user = await CreateUserAsync(VpmTestPeople.OlderCodePrevious, PersonalCodeVerifiers.Application, password: Password);
        var client = portal.CreateClient();

        var finish = await RoundTripAsync(client, VpmTestPeople.OlderCodeKey, "/api/auth/vpm/sign-in?returnTo=/invoices");

        Assert.Equal("/invoices", finish.Headers.Location?.OriginalString);
        Assert.Contains(finish.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-portal-session=", StringComparison.Ordinal));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(user.Id, me.GetProperty("id").GetString());
        var stored = (await portal.Service<AccountStore>().GetAsync(user.Id, CancellationToken.None))!;
        Assert.Equal(Hmac(VpmTestPeople.OlderCodeCurrent), stored.PersonalCodeHmac);
        var logins = await client.GetFromJsonAsync<JsonElement>("/api/me/logins");
        Assert.Equal("vpm", Assert.Single(logins.GetProperty("logins").EnumerateArray()).GetProperty("provider").GetString());
        Assert.Empty(logins.GetProperty("available").EnumerateArray());
        // Found again by the new code alone.
        Assert.Equal(user.Id, Assert.Single(await portal.Service<AccountStore>().FindByPersonalCodesAsync([Hmac(VpmTestPeople.OlderCodeCurrent)], CancellationToken.None)).Id);
    }

    [Fact]
    [Trait("Clause", "10")]
    public async Task NewClient_GetsAnAccountAfterTheEmailCodeAndTheTerms_ActingForTheirOwnClient_AndTheirApplicationIsClosed()
    {
        var client = await FeedNaturalClientAsync(VpmTestPeople.NewClientCode, "Dace Rozenberga");
        var applicationId = await ApplyAsync(VpmTestPeople.NewClientCode);
        var browser = portal.CreateClient();

        var finish = await RoundTripAsync(browser, VpmTestPeople.NewClientKey);

        Assert.Equal("/sign-in/external", finish.Headers.Location?.OriginalString);
        var pending = await browser.GetFromJsonAsync<JsonElement>("/api/auth/external");
        Assert.Equal("new-account", pending.GetProperty("next").GetString());
        Assert.Equal("DACE", pending.GetProperty("givenName").GetString());
        var email = $"dace-{Guid.NewGuid():N}@example.lv";
        var sent = await browser.PostAsJsonAsync("/api/auth/external/email", new { email, language = "lv" });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var code = CodeIn(Assert.Single(await portal.Backends.Mail.MessagesToAsync(email)));
        var terms = (await browser.GetFromJsonAsync<JsonElement>("/api/terms/current")).GetProperty("version").GetInt32();

        var wrong = await browser.PostAsJsonAsync("/api/auth/external/account", new { code = code == "000000" ? "000001" : "000000", acceptedTermsVersion = terms });
        var made = await browser.PostAsJsonAsync("/api/auth/external/account", new { code, acceptedTermsVersion = terms });

        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(("Dace", "Rozenberga"), (me.GetProperty("firstName").GetString(), me.GetProperty("lastName").GetString()));
        Assert.False(me.GetProperty("hasPassword").GetBoolean());
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.False(me.GetProperty("mustAcceptTerms").GetBoolean());
        var own = Assert.Single(me.GetProperty("clients").EnumerateArray());
        Assert.Equal(client.Id, own.GetProperty("id").GetString());
        Assert.Equal(Vocabulary<Scope>.All.Count, own.GetProperty("scopes").GetArrayLength());
        var acceptances = await portal.Service<AccountStore>().TermsAcceptancesAsync(me.GetProperty("id").GetString()!, CancellationToken.None);
        Assert.Equal(terms, Assert.Single(acceptances).Version);
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var application = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/registrations/{applicationId}");
        Assert.Equal("closed", application.GetProperty("status").GetString());
        // The next sign-in needs no step: the code is verified by the unified login.
        var again = await RoundTripAsync(portal.CreateClient(), VpmTestPeople.NewClientKey);
        Assert.Equal("/", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task NewClient_EmailAnotherAccountHas_GetsTheSameAnswer_AndItsOwnerIsTold()
    {
        var person = Person();
        await FeedNaturalClientAsync(person.CurrentCode, "Kārlis Kalns");
        var owner = await CreateUserAsync(code: null, "", Password);
        var browser = portal.CreateClient();
        await CustomRoundTripAsync(browser, person);

        var sent = await browser.PostAsJsonAsync("/api/auth/external/email", new { email = owner.Email, language = "lv" });

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(owner.Email, (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var notice = Assert.Single(await portal.Backends.Mail.MessagesToAsync(owner.Email));
        Assert.Contains("Latvija.lv", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b\d{6}\b", notice.Subject);
        var made = await browser.PostAsJsonAsync("/api/auth/external/account", new { code = "123456", acceptedTermsVersion = 4 });
        await ProblemAssert.IsProblemAsync(made, HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Clause", "2.8")]
    public async Task PasswordUser_WithTheCodeNotVerified_LinksOnceWithThePassword_ThenSignsInStraightAway()
    {
        var user = await CreateUserAsync(VpmTestPeople.PasswordUserCode, "", Password);
        var browser = portal.CreateClient();

        await RoundTripAsync(browser, VpmTestPeople.PasswordUserKey);
        var pending = await browser.GetFromJsonAsync<JsonElement>("/api/auth/external");
        var wrong = await browser.PostAsJsonAsync("/api/auth/external/link", new { email = user.Email, password = "Nepareiza1" });
        var linked = await browser.PostAsJsonAsync("/api/auth/external/link", new { email = user.Email, password = Password });

        Assert.Equal("link", pending.GetProperty("next").GetString());
        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(user.Id, (await browser.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString());
        var stored = (await portal.Service<AccountStore>().GetAsync(user.Id, CancellationToken.None))!;
        Assert.Equal("vpm", stored.PersonalCodeVerifiedBy);
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        Assert.Contains(await portal.Backends.Mail.MessagesToAsync(user.Email), m => m.Subject.Contains("Latvija.lv", StringComparison.Ordinal));

        var again = await RoundTripAsync(portal.CreateClient(), VpmTestPeople.PasswordUserKey, "/api/auth/vpm/sign-in?returnTo=/permits");
        Assert.Equal("/permits", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_GetsTheNoMatchPage_WithAnApplicationToPrefill()
    {
        var browser = portal.CreateClient();

        await RoundTripAsync(browser, VpmTestPeople.UnknownKey);
        var pending = await browser.GetFromJsonAsync<JsonElement>("/api/auth/external");

        Assert.Equal("no-match", pending.GetProperty("next").GetString());
        var application = pending.GetProperty("application");
        Assert.Equal("natural", application.GetProperty("personKind").GetString());
        Assert.Equal(VpmTestPeople.UnknownCode, application.GetProperty("personalCode").GetString());
        await ProblemAssert.IsProblemAsync(await browser.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signatory_IsShownAndRecorded_NeverLetIntoTheCompany()
    {
        var browser = portal.CreateClient();

        var finish = await RoundTripAsync(browser, VpmTestPeople.SignatoryKey);
        var pending = await browser.GetFromJsonAsync<JsonElement>("/api/auth/external");

        Assert.Equal("/sign-in/external", finish.Headers.Location?.OriginalString);
        Assert.Equal("signatory", pending.GetProperty("next").GetString());
        Assert.Equal("legal", pending.GetProperty("application").GetProperty("personKind").GetString());
        Assert.Equal(VpmTestPeople.SignatoryCompany, pending.GetProperty("application").GetProperty("registrationNumber").GetString());
        await ProblemAssert.IsProblemAsync(await browser.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Clause", "12.2")]
    public async Task BlockedUser_IsRefusedAsWithAPassword()
    {
        var person = Person();
        var user = await CreateUserAsync(person.CurrentCode, PersonalCodeVerifiers.Application, Password);
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/staff/users/{user.Id}/block", new { reason = "Ļaunprātīga lietošana." })).StatusCode);
        var browser = portal.CreateClient();

        var finish = await CustomRoundTripAsync(browser, person);
        var pending = await browser.GetFromJsonAsync<JsonElement>("/api/auth/external");

        Assert.Equal("/sign-in/external", finish.Headers.Location?.OriginalString);
        Assert.DoesNotContain(finish.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("__Host-portal-session=", StringComparison.Ordinal));
        Assert.Equal("blocked", pending.GetProperty("next").GetString());
    }

    [Fact]
    public async Task Callback_WithoutTheBindingCookie_SignsNobodyIn()
    {
        var person = Person();
        await CreateUserAsync(person.CurrentCode, PersonalCodeVerifiers.Application, Password);
        var starter = portal.CreateClient();
        var form = await CustomAnswerAsync(starter, person);

        // Another browser (an attacker's page posting a captured answer, or a forged form): it lacks the cookie.
        var stranger = portal.CreateClient();
        var callback = await DevVpm.PostAsync(stranger, form);
        var finish = await stranger.GetAsync(callback.Headers.Location);

        Assert.Equal(HttpStatusCode.SeeOther, callback.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, finish.StatusCode);
        Assert.Equal("/sign-in/external", finish.Headers.Location?.OriginalString);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync("/api/auth/external"), HttpStatusCode.NotFound);
        // The answer is kept with the sign-in it was issued for: only the browser that began it, holding its cookie, finishes it
        // (the repeated post itself is refused as a replay).
        var late = await DevVpm.PostAsync(starter, form);
        Assert.Equal(HttpStatusCode.SeeOther, (await starter.GetAsync(late.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await starter.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Answer_Replayed_IsRefused()
    {
        var person = Person();
        await CreateUserAsync(person.CurrentCode, PersonalCodeVerifiers.Application, Password);
        var browser = portal.CreateClient();
        var form = await CustomAnswerAsync(browser, person);
        var first = await DevVpm.PostAsync(browser, form);
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.GetAsync(first.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);

        // The same answer again, in a new sign-in of another browser: its assertion id is spent.
        var other = portal.CreateClient();
        using var begin = await other.GetAsync("/api/auth/vpm/sign-in?returnTo=/");
        var replay = await DevVpm.PostAsync(other, form);
        await other.GetAsync(replay.Headers.Location);

        await ProblemAssert.IsProblemAsync(await other.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Clause", "2.8")]
    public async Task Profile_LinksWithThePasswordFirst_AndRemovesIt_ButNotTheLastWayIn()
    {
        var person = Person();
        var user = await CreateUserAsync(code: null, "", Password);
        var browser = portal.CreateClient();
        await SignInAsync(browser, user.Email);

        var wrong = await browser.PostAsJsonAsync("/api/me/logins/vpm", new { currentPassword = "Nepareiza1" });
        var begun = await browser.PostAsJsonAsync("/api/me/logins/vpm", new { currentPassword = Password });

        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, begun.StatusCode);
        var location = new Uri((await begun.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("location").GetString()!);
        var finish = await FinishAsync(browser, AnswerFor(location, person));
        Assert.Equal("/account?login=vpm&linked=yes", finish.Headers.Location?.OriginalString);
        var logins = await browser.GetFromJsonAsync<JsonElement>("/api/me/logins");
        Assert.Equal("vpm", Assert.Single(logins.GetProperty("logins").EnumerateArray()).GetProperty("provider").GetString());
        Assert.Equal("vpm", (await portal.Service<AccountStore>().GetAsync(user.Id, CancellationToken.None))!.PersonalCodeVerifiedBy);

        var removed = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/me/logins/vpm") { Content = JsonContent.Create(new { currentPassword = Password }) });

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await browser.GetFromJsonAsync<JsonElement>("/api/me/logins")).GetProperty("logins").EnumerateArray());
        // No longer verified: the unified login asks for the password again.
        var next = portal.CreateClient();
        await CustomRoundTripAsync(next, person);
        Assert.Equal("link", (await next.GetFromJsonAsync<JsonElement>("/api/auth/external")).GetProperty("next").GetString());
    }

    [Fact]
    public async Task AccountWithoutAPassword_CannotRemoveItsOnlyWayIn_AndStepsUpBySigningInAgain()
    {
        var person = Person();
        var user = await CreateUserAsync(person.CurrentCode, "vpm", password: "");
        var browser = portal.CreateClient();
        await CustomRoundTripAsync(browser, person);
        Assert.Equal(user.Id, (await browser.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString());

        var removed = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/me/logins/vpm") { Content = JsonContent.Create(new { currentPassword = "" }) });
        var emailChange = await browser.PatchAsJsonAsync("/api/me", new { email = $"new-{Guid.NewGuid():N}@example.lv" });

        var conflict = await ProblemAssert.IsProblemAsync(removed, HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.Conflict, conflict.GetProperty("type").GetString());
        // Signed in with Latvija.lv a moment ago: that is the step-up.
        Assert.Equal(HttpStatusCode.OK, emailChange.StatusCode);
    }

    /// <summary>The whole round trip through the stand-in's pages for a test person: the finish step's answer (a redirect).</summary>
    private static async Task<HttpResponseMessage> RoundTripAsync(HttpClient browser, string person, string signIn = "/api/auth/vpm/sign-in?returnTo=/") =>
        await FinishAsync(browser, await DevVpm.BeginAsync(browser, person, signIn));

    private async Task<HttpResponseMessage> CustomRoundTripAsync(HttpClient browser, VpmTestPerson person) =>
        await FinishAsync(browser, await CustomAnswerAsync(browser, person));

    private async Task<AutoPostForm> CustomAnswerAsync(HttpClient browser, VpmTestPerson person)
    {
        using var begin = await browser.GetAsync("/api/auth/vpm/sign-in?returnTo=/");
        return AnswerFor(begin.Headers.Location!, person);
    }

    /// <summary>What the stand-in's page would post for <paramref name="person"/>, signed by its key, for the sign-in <paramref name="signInRedirect"/> began.</summary>
    private AutoPostForm AnswerFor(Uri signInRedirect, VpmTestPerson person)
    {
        var options = portal.Service<IOptions<VpmOptions>>().Value;
        var context = QueryHelpers.ParseQuery(signInRedirect.Query)["wctx"].ToString();
        var wresult = portal.Service<VpmStandInIssuer>().Answer(VpmStandInIssuer.Describe(person, options.Realm!, DateTimeOffset.UtcNow, context));
        return new AutoPostForm(new Uri(options.ReplyUrl!), new Dictionary<string, string> { ["wa"] = "wsignin1.0", ["wresult"] = wresult, ["wctx"] = context });
    }

    private static async Task<HttpResponseMessage> FinishAsync(HttpClient browser, AutoPostForm form)
    {
        var callback = await DevVpm.PostAsync(browser, form);
        Assert.Equal(HttpStatusCode.SeeOther, callback.StatusCode);
        var finish = await browser.GetAsync(callback.Headers.Location);
        Assert.Equal(HttpStatusCode.SeeOther, finish.StatusCode);
        return finish;
    }

    /// <summary>A person known nowhere yet: a fresh code of the 32… form.</summary>
    private static VpmTestPerson Person()
    {
        var code = $"32{Random.Shared.NextInt64(100_000_000, 999_999_999)}";
        return new VpmTestPerson("test", "PĒTERIS", "KALNS", $"PK:{code}", code, [], VpmTestPeople.EidCard, "4", "tests", "tests");
    }

    private string Hmac(string code) => portal.Service<PersonalCodeHmac>().Of(code);

    private async Task<UserAccount> CreateUserAsync(string? code, string verifiedBy, string password) =>
        (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"vpm-{Guid.NewGuid():N}@example.lv", "Pēteris", "Kalns", "lv", password, 4)
            {
                PersonalCodeHmac = code is null ? null : Hmac(code),
                PersonalCodeVerifiedBy = verifiedBy,
            },
            CancellationToken.None))!;

    private async Task SignInAsync(HttpClient browser, string email) =>
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password })).StatusCode);

    private async Task<Client> FeedNaturalClientAsync(string code, string name)
    {
        var externalId = $"VPM-{Guid.NewGuid():N}";
        await portal.Service<ClientFeed>().UpsertAsync(
            new ClientRecord(externalId, 1, "natural", name, code, null, "Rīga", null, null, "advance-payment", ["amateur"]), CancellationToken.None);
        return (await portal.Service<ClientStore>().GetByExternalIdAsync(externalId, CancellationToken.None))!;
    }

    /// <summary>A pending application of a natural person with this code.</summary>
    private async Task<string> ApplyAsync(string code)
    {
        var email = $"applicant-{Guid.NewGuid():N}@example.lv";
        var sent = await portal.CreateClient().PostAsJsonAsync("/api/registrations", new
        {
            personKind = "natural",
            firstName = "Dace",
            lastName = "Rozenberga",
            personalCode = code,
            address = "Rīga",
            email,
            phone = "+371 20000000",
            language = "lv",
            acceptedTermsVersion = 4,
        });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        return await ApprovedPerson.PendingIdAsync(staff, email);
    }

    private static string CodeIn(CaughtEmail email) =>
        System.Text.RegularExpressions.Regex.Match(email.Subject, @"\b(\d{6})\b").Groups[1].Value;
}
