using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Demo.BankLink;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>
/// Entry from a bank's site (§14, §23.2) through the development bank: its authentication request posted by the portal's page, its
/// signed answer matched by personal code as Latvija.lv's is, and what the bank sent on the person's trail.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BankSignInTests(PortalFixture portal)
{
    private const string Bank = "devbank";

    [Fact]
    [Trait("Clause", "14")]
    [Trait("Clause", "23.2")]
    public async Task AVerifiedCode_SignsInItsUser_LinksTheBank_AndTheTrailSaysWhoVouched()
    {
        var code = NewCode();
        var user = await CreateUserAsync(code);
        var browser = portal.CreateClient();

        var finish = await RoundTripAsync(browser, Person(code, "KALNS,PĒTERIS"), "/invoices");

        Assert.Equal(HttpStatusCode.SeeOther, finish.StatusCode);
        Assert.Equal("/invoices", finish.Headers.Location?.OriginalString);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(user.Id, me.GetProperty("id").GetString());
        var logins = await browser.GetFromJsonAsync<JsonElement>("/api/me/logins");
        var login = Assert.Single(logins.GetProperty("logins").EnumerateArray());
        Assert.Equal((Bank, "Attīstības banka"), (login.GetProperty("provider").GetString(), login.GetProperty("providerName").GetString()));
        // A bank's entry is not linked from the profile (its sign-in is a posted form): only by signing in.
        Assert.DoesNotContain(Bank, logins.GetProperty("available").EnumerateArray().Select(p => p.GetString()));
        var (trail, _) = await portal.Service<AuditTrail>().ReadAsync(AuditTrail.UserChain(user.Id), 20, null, CancellationToken.None);
        // What the bank sent (§23.2): how the person proved who they are, and the name it gives.
        Assert.Contains(trail, r => r.Action == AuditActions.ExternalSignIn && r.Result == AuditActions.Succeeded && r.Target == $"{Bank}|method:DEVBANK/1|name:PĒTERIS KALNS");
        Assert.Contains(trail, r => r.Action == AuditActions.ExternalLink && r.Target == Bank);
    }

    [Fact]
    [Trait("Clause", "14")]
    public async Task AnUnknownCode_SignsNoOneIn_AndIsToldThereIsNoMatch()
    {
        var browser = portal.CreateClient();

        var finish = await RoundTripAsync(browser, Person(NewCode(), "Anna Liepa"));

        Assert.Equal("/sign-in/external", finish.Headers.Location?.OriginalString);
        var pending = await browser.GetFromJsonAsync<JsonElement>("/api/auth/external");
        Assert.Equal(("no-match", Bank, "Attīstības banka"), (pending.GetProperty("next").GetString(), pending.GetProperty("provider").GetString(), pending.GetProperty("providerName").GetString()));
        Assert.Equal(("Anna", "Liepa"), (pending.GetProperty("givenName").GetString(), pending.GetProperty("surname").GetString()));
        var session = await browser.GetFromJsonAsync<JsonElement>("/api/auth/session");
        Assert.False(session.GetProperty("signedIn").GetBoolean());
        Assert.Equal((Bank, "Attīstības banka"), (session.GetProperty("banks")[0].GetProperty("id").GetString(), session.GetProperty("banks")[0].GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AnAnswerThatDoesNotHold_SignsNoOneIn_AndIsOnTheBanksTrail()
    {
        var code = NewCode();
        await CreateUserAsync(code);
        var browser = portal.CreateClient();
        var answer = await AnswerAsync(browser, Person(code, "KALNS,PĒTERIS"));
        answer["VK_USER_ID"] = NewCode();

        using var back = await portal.Factory.CreateClientWithoutXsrf().PostAsync($"/api/auth/bank/{Bank}/return", new FormUrlEncodedContent(answer));
        using var finish = await browser.GetAsync(back.Headers.Location!);

        Assert.Equal("/sign-in/external", finish.Headers.Location?.OriginalString);
        Assert.Equal("refused", (await browser.GetFromJsonAsync<JsonElement>("/api/auth/external")).GetProperty("next").GetString());
        var (trail, _) = await portal.Service<AuditTrail>().ReadAsync($"external|{Bank}", 20, null, CancellationToken.None);
        Assert.Contains(trail, r => r.Action == AuditActions.ExternalSignIn && r.Result == AuditActions.Failed && r.Target.Contains("MAC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSignInPage_PostsTheBanksRequest_ToTheBankOnly()
    {
        using var page = await portal.CreateClient().GetAsync($"/api/auth/bank/{Bank}/sign-in?returnTo=/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("form-action https://localhost;", policy, StringComparison.Ordinal);
        var (action, fields) = HtmlForm.Read(await page.Content.ReadAsStringAsync());
        Assert.Equal("https://localhost/dev-bank/link", action);
        Assert.Equal("4012", fields.Single(f => f.Key == "VK_SERVICE").Value);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync("/api/auth/bank/no-such-bank/sign-in")).StatusCode);
    }

    /// <summary>The round trip as a browser makes it: the portal's page, the bank's answer posted cross-site, the same-site finish.</summary>
    private async Task<HttpResponseMessage> RoundTripAsync(HttpClient browser, DevBankPerson person, string returnTo = "/")
    {
        var answer = await AnswerAsync(browser, person, returnTo);
        using var back = await portal.Factory.CreateClientWithoutXsrf().PostAsync($"/api/auth/bank/{Bank}/return", new FormUrlEncodedContent(answer));
        Assert.Equal(HttpStatusCode.SeeOther, back.StatusCode);
        Assert.StartsWith($"/api/auth/bank/{Bank}/return?state=", back.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await browser.GetAsync(back.Headers.Location);
    }

    /// <summary>The bank's signed answer (3013) for <paramref name="person"/> to the request the portal's page posts.</summary>
    private async Task<Dictionary<string, string>> AnswerAsync(HttpClient browser, DevBankPerson person, string returnTo = "/")
    {
        using var page = await browser.GetAsync($"/api/auth/bank/{Bank}/sign-in?returnTo={Uri.EscapeDataString(returnTo)}");
        var (_, request) = HtmlForm.Read(await page.Content.ReadAsStringAsync());
        var signer = portal.Service<DevBankSigner>();
        return signer.Sign(DevBankSigner.SignedIn(request.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal), person, DateTimeOffset.UtcNow))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    private static DevBankPerson Person(string code, string userName) => new("test", userName, code, "1", "tests");

    private static string NewCode() => $"32{Random.Shared.NextInt64(100_000_000, 999_999_999)}";

    private async Task<UserAccount> CreateUserAsync(string code) =>
        (await portal.Service<AccountStore>().CreateAsync(
            new NewAccount($"bank-{Guid.NewGuid():N}@example.lv", "Pēteris", "Kalns", "lv", "Zvaigzne42", 4)
            {
                PersonalCodeHmac = portal.Service<PersonalCodeHmac>().Of(code),
                PersonalCodeVerifiedBy = PersonalCodeVerifiers.Application,
            },
            CancellationToken.None))!;
}
