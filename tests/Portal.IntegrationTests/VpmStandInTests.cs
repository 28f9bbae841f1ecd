using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Identity;
using Portal.Core.Identity.Vpm;
using Portal.Core.Privacy;
using Portal.Core.Storage;
using Portal.Demo.Vpm;
using Portal.DevHost.Vpm;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>A portal of its own with the Latvija.lv stand-in on, and a clock the tests move.</summary>
public sealed class VpmPortal() : IsolatedPortal(services => services.AddSingleton<TimeProvider>(Clock))
{
    public static FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
}

/// <summary>
/// The dev host's Latvija.lv stand-in end to end (§2.8, §10): its pages as a browser goes through them, its signed answer
/// validated by <see cref="VpmProtocol"/> against the certificate start-up pinned, each assertion id used once and tidied later.
/// </summary>
public sealed class VpmStandInTests(VpmPortal portal) : IClassFixture<VpmPortal>
{
    public static TheoryData<string> People => [.. VpmTestPeople.All.Select(p => p.Key)];

    private VpmProtocol Protocol => portal.Service<VpmProtocol>();

    [Theory]
    [MemberData(nameof(People))]
    [Trait("Clause", "2.8")]
    public async Task EachTestPerson_TheStandInsAnswer_ValidatesThroughTheProtocol(string key)
    {
        var person = VpmTestPeople.Find(key)!;
        var context = $"ctx-{Guid.NewGuid():N}";

        var form = await DevVpm.AnswerAsync(portal.CreateClient(), Protocol.SignInRedirect(context).Address, key);
        var answer = await Protocol.ReadAnswerAsync(form.Fields, CancellationToken.None);

        Assert.Equal(new Uri("https://localhost/api/auth/vpm/callback"), form.Action);
        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        Assert.Equal(context, answer.Value.Context);
        var identity = answer.Value.Identity;
        Assert.Equal((person.NameIdentifier, person.CurrentCode, person.GivenName, person.Surname), (identity.Subject, identity.PersonalCode, identity.GivenName, identity.Surname));
        Assert.Equal(person.PreviousCodes, identity.PreviousCodes);
        Assert.Equal(key == VpmTestPeople.SignatoryKey ? VpmTestPeople.SignatoryCompany : null, identity.CompanyRegistrationNumber);
        Assert.Equal((person.AuthenticationMethod, person.QaaLevel), (identity.AuthenticationMethod, identity.AssuranceLevel));
    }

    [Fact]
    public void StartUp_PinsTheStandInsOwnCertificate()
    {
        var pinned = portal.Service<IOptions<VpmOptions>>().Value.SigningCertificate;

        Assert.Equal(portal.Service<VpmStandInIssuer>().CertificateBase64, pinned);
    }

    [Fact]
    public async Task Replayed_TheSecondTime_IsRefused_AndTheUsedIdIsTidiedAfterItsPeriod()
    {
        var form = await DevVpm.AnswerAsync(portal.CreateClient(), Protocol.SignInRedirect("ctx-replay").Address, VpmTestPeople.NewClientKey);
        var first = await Protocol.ReadAnswerAsync(form.Fields, CancellationToken.None);
        var again = await Protocol.ReadAnswerAsync(form.Fields, CancellationToken.None);

        Assert.Null(first.Failure);
        var refused = Assert.IsType<ExternalAnswerRefused>(again.Failure);
        Assert.Contains("used already", refused.Reason, StringComparison.Ordinal);

        // The row that claims the id, and the retention index row written before it.
        var id = System.Text.RegularExpressions.Regex.Match(form.Fields["wresult"], "AssertionID=\"([^\"]+)\"").Groups[1].Value;
        var partition = $"assertion|vpm|{RandomTokens.Hash(id)}";
        Assert.Single(await RowsAsync(StorageNames.SessionsTable, partition));
        var indexed = await RowsAsync(StorageNames.RetentionIndexTable, null, $"{StorageNames.SessionsTable}|{partition}|used");
        Assert.Equal(RetentionKind.Sessions.ToString(), indexed.Single().GetString("Kind"), ignoreCase: true);

        // Kept a Sessions period after the assertion could be valid (its end plus the skew), then deleted by the retention timer.
        var options = portal.Service<IOptions<VpmOptions>>().Value;
        var keptUntil = VpmPortal.Clock.GetUtcNow() + VpmStandInIssuer.Lifetime + options.ClockSkew
            + portal.Service<IOptions<RetentionOptions>>().Value.PeriodOf(RetentionKind.Sessions);
        VpmPortal.Clock.Advance(keptUntil - VpmPortal.Clock.GetUtcNow() - TimeSpan.FromHours(2));
        await portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);
        Assert.Single(await RowsAsync(StorageNames.SessionsTable, partition));

        VpmPortal.Clock.Advance(TimeSpan.FromHours(4));
        await portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);
        Assert.Empty(await RowsAsync(StorageNames.SessionsTable, partition));
    }

    [Theory]
    [InlineData("wreply", "https://evil.example/api/auth/vpm/callback")]
    [InlineData("wtrealm", "https://evil.example/")]
    [InlineData("wa", "wsignout1.0")]
    [InlineData("wctx", "")]
    public async Task StandIn_RefusesARequestNotForThisPortal(string parameter, string value)
    {
        var redirect = Protocol.SignInRedirect("ctx-1").Address;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(redirect.Query);
        var changed = query.ToDictionary(q => q.Key, q => (string?)(q.Key == parameter ? value : q.Value.ToString()));

        var response = await portal.CreateClient().GetAsync(new Uri(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(VpmStandIn.SignInPath, changed), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandIn_Pages_RunOnlyItsScriptFile_AndPostOnlyToTheReplyAddress()
    {
        var client = portal.CreateClient();
        var redirect = Protocol.SignInRedirect("ctx-1").Address;
        var choice = await client.GetAsync(new Uri(redirect.PathAndQuery, UriKind.Relative));
        var answer = await client.GetAsync(new Uri($"{redirect.PathAndQuery}&person={VpmTestPeople.UnknownKey}", UriKind.Relative));
        var html = await answer.Content.ReadAsStringAsync();
        var script = await client.GetAsync(new Uri(VpmStandIn.ScriptPath, UriKind.Relative));

        Assert.Equal("default-src 'none'; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'", choice.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("default-src 'none'; script-src 'self'; form-action 'self' https://localhost; base-uri 'none'; frame-ancestors 'none'", answer.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("no-store", answer.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{VpmStandIn.ScriptPath}\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Turpināt", html, StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".submit()", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandIn_ListsItsPeople_ForDevUp()
    {
        var text = await portal.CreateClient().GetStringAsync(new Uri(VpmStandIn.PeoplePath, UriKind.Relative));

        Assert.All(VpmTestPeople.All, person => Assert.Contains($"{person.Key} ", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StandIn_Off_AnswersNothing()
    {
        var settings = portal.Backends.Settings();
        settings["Vpm:DevelopmentStandIn"] = "false";
        settings["Vpm:StsUrl"] = "";
        await using var factory = new PortalFactory(settings);
        var client = factory.CreateHttpsClient();

        var page = await client.GetAsync(new Uri($"{VpmStandIn.SignInPath}?wa=wsignin1.0", UriKind.Relative));
        var people = await client.GetAsync(new Uri(VpmStandIn.PeoplePath, UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, people.StatusCode));
        Assert.False(factory.Services.GetRequiredService<VpmProtocol>().Configured);
        Assert.Null(factory.Services.GetRequiredService<IOptions<VpmOptions>>().Value.SigningCertificate);
    }

    [Fact]
    public void Protocol_IsOneOfTheExternalSignInProtocols()
    {
        var protocols = portal.Factory.Services.GetServices<IExternalSignInProtocol>().ToList();

        Assert.Same(Protocol, Assert.Single(protocols, p => p.Provider == "vpm"));
    }

    private async Task<List<TableEntity>> RowsAsync(string table, string? partition, string? row = null)
    {
        var client = await portal.Service<PortalStorage>().TableAsync(table, CancellationToken.None);
        var filter = partition is not null ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}") : TableClient.CreateQueryFilter($"RowKey eq {row}");
        return await client.QueryAsync<TableEntity>(filter).ToListAsync();
    }
}
