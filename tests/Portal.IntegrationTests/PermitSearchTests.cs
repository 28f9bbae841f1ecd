using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Permits searched, their history of versions, the e-permit file and the stations as CSV, GeoJSON and KML.</summary>
[Collection(PortalCollection.Name)]
public sealed class PermitSearchTests(PortalFixture portal)
{
    private static object Amateur(string id, string client) => new
    {
        externalId = id, version = 1, clientExternalId = client, number = "AT-2026-00009", serviceKind = "land-mobile", status = "valid", validFrom = "2026-01-01", validTo = "2027-01-01", callSign = "YL2AB",
        stations = new object[]
        {
            new { name = "Valmieras bāze", location = "Rīgas iela 1, Valmiera", latitude = 57.538611m, longitude = 25.426389m, frequencies = new[] { new { frequencyMHz = 160m, bandwidthKHz = 12.5m, emission = "11K0F3E", powerW = 5m, direction = "txrx" } } },
            new { name = "Mobilā", frequencies = new[] { new { frequencyMHz = 160.5m, bandwidthKHz = 12.5m, emission = "11K0F3E", powerW = 5m, direction = "txrx" } } },
        },
    };

    private async Task<(HttpClient Member, string ClientId, string Link, string Radio, string Third, HttpClient BackOffice, string ClientExternalId)> ThreePermitsAsync()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (client, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, ["fixed-links", "land-mobile"]);
        var (link, radio, third) = ($"AT-{Guid.NewGuid():N}", $"AT-{Guid.NewGuid():N}", $"AT-{Guid.NewGuid():N}");
        await PermitFeedTests.FeedAsync(backOffice, PermitFeedTests.FixedLink(link, 1, client, "AT-2026-00002"), PermitFeedTests.LandMobile(radio, 1, client, "AT-2026-00001"), Amateur(third, client));
        return (member, clientId, link, radio, third, backOffice, client);
    }

    [Fact]
    public async Task Search_ByNumberPlaceCallSignFrequencyAndService_FindsExactlyTheMatchingPermits()
    {
        var (member, clientId, link, radio, third, _, _) = await ThreePermitsAsync();
        async Task<List<string>> FoundAsync(string query) =>
            [.. (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits?{query}")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];

        Assert.Equal([radio, link, third], await FoundAsync("q=AT-2026-0000"));
        Assert.Equal([link], await FoundAsync("q=ķekava"));
        Assert.Equal([link, third], await FoundAsync("q=R%C4%AAGAS%20IELA"));
        Assert.Equal([radio], await FoundAsync("q=eksporta"));
        Assert.Equal([third], await FoundAsync("callSign=yl2ab"));
        Assert.Equal([radio], await FoundAsync("frequencyFrom=150&frequencyTo=155"));
        Assert.Equal([third], await FoundAsync("frequencyFrom=160.5&frequencyTo=170"));

        // The fixed link's frequencies span 18000.5 to 19010.5 MHz but none falls inside this range.
        Assert.Empty(await FoundAsync("frequencyFrom=18500&frequencyTo=19000"));
        Assert.Equal([third], await FoundAsync("service=land-mobile&q=valmiera"));

        var bad = await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits?frequencyFrom=abc&q={new string('x', 101)}&service=telepathy"), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "frequencyFrom", "q", "service" })
        {
            Assert.True(bad.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
        }

        var reversed = await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits?frequencyFrom=200&frequencyTo=100"), HttpStatusCode.BadRequest);
        Assert.True(reversed.GetProperty("errors").TryGetProperty("frequencyTo", out _));
    }

    [Fact]
    public async Task History_ListsEachVersionFedNewestFirst_WithWhatChangedFromTheOneBefore()
    {
        var (member, clientId, link, _, _, backOffice, client) = await ThreePermitsAsync();
        var changed = JsonSerializer.SerializeToNode(PermitFeedTests.FixedLink(link, 2, client, "AT-2026-00002"))!;
        changed["status"] = "suspended";
        changed["stations"]![1]!["antennaHeightM"] = 50m;
        changed["stations"]![0]!["frequencies"]![0]!["powerW"] = 0.2m;
        await PermitFeedTests.FeedAsync(backOffice, changed);

        var versions = (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits/{link}/history")).GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2L, 1L], versions.Select(v => v.GetProperty("version").GetInt64()));
        Assert.Empty(versions[1].GetProperty("changes").EnumerateArray());
        Assert.Equal(
            [("status", "valid", "suspended"), ("stations[0].frequencies[0].powerW", "0.1", "0.2"), ("stations[1].antennaHeightM", "45", "50")],
            versions[0].GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("field").GetString(), c.GetProperty("before").GetString(), c.GetProperty("after").GetString())));

        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits/NO-SUCH/history"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheEPermit_PdfOrEdoc_IsJudgedByItsContent_KeptThroughNewVersions_AndDownloadedByItsNumber()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (client, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, ["fixed-links"]);
        var link = $"AT-{Guid.NewGuid():N}";
        await PermitFeedTests.FeedAsync(backOffice, PermitFeedTests.FixedLink(link, 1, client, "AT-2026-00002"));
        Task<HttpResponseMessage> PutAsync(string id, byte[] body) => backOffice.PutAsync($"/api/backoffice/permits/{id}/document", new ByteArrayContent(body));

        Assert.Equal(HttpStatusCode.NoContent, (await PutAsync(link, TestPdf.Plain())).StatusCode);
        var permit = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits/{link}");
        Assert.Equal("pdf", permit.GetProperty("document").GetString());
        using (var pdf = await member.GetAsync($"/api/clients/{clientId}/permits/{link}/document"))
        {
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Contains("AT-2026-00002.pdf", pdf.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            Assert.Equal(TestPdf.Plain(), await pdf.Content.ReadAsByteArrayAsync());
        }

        var edoc = Edoc(signed: true);
        Assert.Equal(HttpStatusCode.NoContent, (await PutAsync(link, edoc)).StatusCode);
        await PermitFeedTests.FeedAsync(backOffice, PermitFeedTests.FixedLink(link, 2, client, "AT-2026-00002"));
        var listed = Assert.Single((await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits")).GetProperty("items").EnumerateArray());
        Assert.True(listed.GetProperty("hasDocument").GetBoolean());
        using (var download = await member.GetAsync($"/api/clients/{clientId}/permits/{link}/document"))
        {
            Assert.Equal("application/vnd.etsi.asic-e+zip", download.Content.Headers.ContentType?.MediaType);
            Assert.Contains("AT-2026-00002.edoc", download.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            Assert.Equal(edoc, await download.Content.ReadAsByteArrayAsync());
        }

        foreach (var (body, says) in new[] { (Encoding.UTF8.GetBytes("not a document"), "PDF"), (Edoc(signed: false), "signature"), ([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "ZIP") })
        {
            var refused = await ProblemAssert.IsProblemAsync(await PutAsync(link, body), HttpStatusCode.BadRequest);
            Assert.Contains(says, refused.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        }

        await ProblemAssert.IsProblemAsync(await PutAsync($"AT-{Guid.NewGuid():N}", TestPdf.Plain()), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits/NO-SUCH/document"), HttpStatusCode.NotFound);
    }

    /// <summary>An ASiC-E container as a signing application writes one: "mimetype" first and stored, the signed file, the signature.</summary>
    private static byte[] Edoc(bool signed)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text, CompressionLevel level)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }

            Entry("mimetype", "application/vnd.etsi.asic-e+zip", CompressionLevel.NoCompression);
            Entry("atlauja.pdf", "%PDF-1.7 a signed permit", CompressionLevel.Optimal);
            Entry("META-INF/manifest.xml", "<manifest/>", CompressionLevel.Optimal);
            if (signed)
            {
                Entry("META-INF/signatures0.xml", "<asic:XAdESSignatures/>", CompressionLevel.Optimal);
            }
        }

        return output.ToArray();
    }

    [Fact]
    public async Task Exports_HoldTheStationsOfThePermitsTheSearchSelects_AsCsvGeoJsonAndKml()
    {
        var (member, clientId, _, _, third, _, _) = await ThreePermitsAsync();

        var csv = Encoding.UTF8.GetString(await member.GetByteArrayAsync($"/api/clients/{clientId}/permits/export?format=csv")).Split("\r\n");
        Assert.Equal('\uFEFF', csv[0][0]);
        Assert.StartsWith("\uFEFFAtļaujas numurs;Pakalpojums;Statuss;", csv[0], StringComparison.Ordinal);

        // A row per frequency of each station: 2 + 2 for the fixed link, 1 for the radio, 1 + 1 for the third (one mobile).
        Assert.Equal(7, csv.Length - 2);
        Assert.Contains(csv, line => line.StartsWith("AT-2026-00001;Sauszemes mobilie sakari;Derīga;2025-03-01;;;Dispečeru centrs;Eksporta iela 5, Rīga;56,96;24,1;;;;;;150,0125;12,5;11K0F3E;25;txrx", StringComparison.Ordinal));

        var geo = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/permits/export?format=geojson&language=en");
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var features = geo.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(4, features.Count);
        var valmiera = Assert.Single(features, f => f.GetProperty("properties").GetProperty("permitId").GetString() == third);
        Assert.Equal([25.426389m, 57.538611m], valmiera.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDecimal()));
        Assert.Equal("Land mobile", valmiera.GetProperty("properties").GetProperty("serviceName").GetString());

        using var kml = await member.GetAsync($"/api/clients/{clientId}/permits/export?format=kml&q=%C4%B7ekava");
        Assert.Equal("application/vnd.google-earth.kml+xml", kml.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await kml.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.opengis.net/kml/2.2";
        var placemarks = document.Descendants(ns + "Placemark").ToList();
        Assert.Equal(["AT-2026-00002 Zaķusala", "AT-2026-00002 Ķekava"], placemarks.Select(p => p.Element(ns + "name")!.Value));
        Assert.Equal("24.229722,56.826944", placemarks[1].Descendants(ns + "coordinates").Single().Value);
        Assert.DoesNotContain("Dispečeru", await kml.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bad = await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/permits/export?format=shp&separator=pipe"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("format", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("separator", out _));
    }
}
