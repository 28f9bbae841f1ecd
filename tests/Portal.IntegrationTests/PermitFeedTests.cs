using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Outcomes;

namespace Portal.IntegrationTests;

/// <summary>Permits with their technical parameters from the back office (§2.10), and the permit pages' API.</summary>
[Collection(PortalCollection.Name)]
public sealed class PermitFeedTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task Permits_FedWithTheirParameters_AreListedByNumberAndServiceAndShownWhole()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (clientExternalId, member, clientId) = await CompanyWithMemberAsync(backOffice, ["fixed-links", "land-mobile"]);
        var link = $"AT-{Guid.NewGuid():N}";
        var radio = $"AT-{Guid.NewGuid():N}";

        var first = await FeedAsync(backOffice, FixedLink(link, 1, clientExternalId, "AT-2026-00002"), LandMobile(radio, 1, clientExternalId, "AT-2026-00001"));
        var replay = await FeedAsync(backOffice, FixedLink(link, 1, clientExternalId, "AT-2026-00002"));
        var renumbered = await FeedAsync(backOffice, FixedLink(link, 2, clientExternalId, "AT-2026-00003"));

        Assert.Equal(["created", "created"], first.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("unchanged", replay[0].GetProperty("status").GetString());
        Assert.Equal("updated", renumbered[0].GetProperty("status").GetString());
        var all = (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["AT-2026-00001", "AT-2026-00003"], all.Select(p => p.GetProperty("number").GetString()));
        Assert.Equal((2, 18_000.5, 19_010.5), (all[1].GetProperty("stations").GetInt32(), all[1].GetProperty("lowestMHz").GetDouble(), all[1].GetProperty("highestMHz").GetDouble()));
        var links = (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits?service=fixed-links")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(link, Assert.Single(links).GetProperty("id").GetString());

        var whole = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits/{link}");
        Assert.Equal("AT-2026-00003", whole.GetProperty("number").GetString());
        var stations = whole.GetProperty("stations").EnumerateArray().ToList();
        Assert.Equal(["Zaķusala", "Ķekava"], stations.Select(s => s.GetProperty("name").GetString()));
        var frequency = stations[0].GetProperty("frequencies")[0];
        Assert.Equal(("28M0G7W", "tx", 18_000.5m), (frequency.GetProperty("emission").GetString(), frequency.GetProperty("direction").GetString(), frequency.GetProperty("frequencyMHz").GetDecimal()));

        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits/NO-SUCH"), HttpStatusCode.NotFound);
        var unregistered = await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits?service=broadcasting"), HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.ServiceNotRegistered, unregistered.GetProperty("type").GetString());
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits?service=telepathy"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Permits_WithBadParametersOrAKindANaturalPersonMayNotHold_AreRejectedWithTheirPaths()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (clientExternalId, _, _) = await CompanyWithMemberAsync(backOffice, ["land-mobile"]);
        var person = $"CL-{Guid.NewGuid():N}";
        var people = await FeedAsync(backOffice, "clients", new
        {
            externalId = person, version = 1, kind = "natural", name = "Andris Ozols", personalCode = $"32{Random.Shared.NextInt64(100_000_000, 999_999_999)}",
            billingArrangement = "advance-payment", services = new[] { "amateur" },
        }, new
        {
            externalId = $"CL-{Guid.NewGuid():N}", version = 1, kind = "natural", name = "Edgars Krūmiņš", personalCode = $"32{Random.Shared.NextInt64(100_000_000, 999_999_999)}",
            billingArrangement = "advance-payment", services = new[] { "broadcasting" },
        });
        Assert.Equal(["created", "rejected"], people.Select(r => r.GetProperty("status").GetString()));

        var bad = new
        {
            externalId = $"AT-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "AT-BAD", serviceKind = "land-mobile", status = "valid", validFrom = "2026-01-01", validTo = "2025-01-01", callSign = "yl-2",
            stations = new object[]
            {
                new { name = "Bāze", latitude = 56.95m, longitude = (decimal?)null, frequencies = new[] { new { frequencyMHz = 150.0125m, bandwidthKHz = 12.5m, emission = "16KF3E", powerW = 25m, direction = "up" } } },
            },
        };
        var amateurBroadcast = new
        {
            externalId = $"AT-{Guid.NewGuid():N}", version = 1, clientExternalId = person, number = "AT-TV", serviceKind = "broadcasting", status = "valid", validFrom = "2026-01-01",
            stations = new object[] { new { name = "Mājas", frequencies = new[] { new { frequencyMHz = 600m, bandwidthKHz = 8000m, emission = "8M00G7W", direction = "tx" } } } },
        };

        var results = await FeedAsync(backOffice, bad, amateurBroadcast);

        Assert.Equal(["rejected", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
        var errors = results[0].GetProperty("errors");
        foreach (var field in new[] { "validTo", "callSign", "stations[0].latitude", "stations[0].frequencies[0].emission", "stations[0].frequencies[0].direction" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.True(results[1].GetProperty("errors").TryGetProperty("serviceKind", out _));
    }

    internal static object FixedLink(string id, int version, string client, string number) => new
    {
        externalId = id, version, clientExternalId = client, number, serviceKind = "fixed-links", status = "valid", validFrom = "2026-01-01", validTo = "2030-12-31", callSign = (string?)null,
        stations = new object[]
        {
            new
            {
                name = "Zaķusala", location = "Zaķusalas krastmala 1, Rīga", latitude = 56.923611m, longitude = 24.136389m, antennaHeightM = 120.5m, antennaGainDbi = 38.2m, azimuthDeg = 158.4m,
                polarization = "vertical", equipment = "Ericsson MINI-LINK 6352",
                frequencies = new[] { new { frequencyMHz = 18_000.5m, bandwidthKHz = 28_000m, emission = "28M0G7W", powerW = 0.1m, direction = "tx" }, new { frequencyMHz = 19_010.5m, bandwidthKHz = 28_000m, emission = "28M0G7W", powerW = 0.1m, direction = "rx" } },
            },
            new
            {
                name = "Ķekava", location = "Rīgas iela 20, Ķekava", latitude = 56.826944m, longitude = 24.229722m, antennaHeightM = 45m, antennaGainDbi = 38.2m, azimuthDeg = 338.5m,
                polarization = "vertical", equipment = "Ericsson MINI-LINK 6352",
                frequencies = new[] { new { frequencyMHz = 19_010.5m, bandwidthKHz = 28_000m, emission = "28M0G7W", powerW = 0.1m, direction = "tx" }, new { frequencyMHz = 18_000.5m, bandwidthKHz = 28_000m, emission = "28M0G7W", powerW = 0.1m, direction = "rx" } },
            },
        },
    };

    internal static object LandMobile(string id, int version, string client, string number) => new
    {
        externalId = id, version, clientExternalId = client, number, serviceKind = "land-mobile", status = "valid", validFrom = "2025-03-01", validTo = (string?)null, callSign = (string?)null,
        stations = new object[]
        {
            new { name = "Dispečeru centrs", location = "Eksporta iela 5, Rīga", latitude = 56.96m, longitude = 24.1m, frequencies = new[] { new { frequencyMHz = 150.0125m, bandwidthKHz = 12.5m, emission = "11K0F3E", powerW = 25m, direction = "txrx" } } },
        },
    };

    internal static Task<JsonElement[]> FeedAsync(HttpClient backOffice, params object[] permits) => FeedAsync(backOffice, "permits", permits);

    internal static async Task<JsonElement[]> FeedAsync(HttpClient backOffice, string kind, params object[] records)
    {
        var response = await backOffice.PostAsJsonAsync($"/api/backoffice/{kind}", records);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray()];
    }

    /// <summary>A fed company with these services and a signed-in user acting for it with the technical scope.</summary>
    private Task<(string ExternalId, HttpClient Member, string ClientId)> CompanyWithMemberAsync(HttpClient backOffice, string[] services) =>
        CompanyWithMemberAsync(portal, backOffice, services);

    /// <summary>A fed company with these services and a signed-in user acting for it with <paramref name="scopes"/> (the technical scope when none are named).</summary>
    internal static async Task<(string ExternalId, HttpClient Member, string ClientId)> CompanyWithMemberAsync(PortalFixture portal, HttpClient backOffice, string[] services, params Scope[] scopes)
    {
        var externalId = ClientFeedTests.NewId();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA Stacijas", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "quarterly-invoice", services },
        })).EnsureSuccessStatusCode();
        var client = (await portal.Service<ClientStore>().GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Service<AccountStore>().CreateAsync(new NewAccount($"permits-{Guid.NewGuid():N}@example.lv", "Līga", "Kalniņa", "lv", Password, 4), CancellationToken.None))!;
        await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, scopes.Length == 0 ? [Scope.Technical] : scopes, CancellationToken.None);
        var member = portal.CreateClient();
        (await member.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return (externalId, member, client.Id);
    }
}
