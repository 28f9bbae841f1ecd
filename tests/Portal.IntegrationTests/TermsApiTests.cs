using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class TermsApiTests(PortalFixture portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    [Trait("Clause", "37")]
    public async Task List_Seeded_ReturnsTheFourVersionsNewestFirst()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/terms");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([4, 3, 2, 1], items.Select(i => i.GetProperty("version").GetInt32()));
        Assert.Equal(["2023-04-18", "2022-06-07", "2019-06-11", "2017-12-19"], items.Select(i => i.GetProperty("approvedOn").GetString()));
        Assert.True(items[0].GetProperty("inForce").GetBoolean());
        Assert.True(items[0].GetProperty("textAvailable").GetBoolean());
        Assert.All(items.Skip(1), i =>
        {
            Assert.False(i.GetProperty("inForce").GetBoolean());
            Assert.False(i.GetProperty("textAvailable").GetBoolean());
        });
        Assert.All(items, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("text").ValueKind));
        Assert.Equal("Klientu portāla lietošanas noteikumi_1.pdf", items[3].GetProperty("documentName").GetString());
        Assert.StartsWith("Spēkā līdz dokumenta 2. versijas", items[3].GetProperty("validityNote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Clause", "22.3")]
    public async Task Current_Seeded_ReturnsVersion4WithItsFullLatvianTextAndHash()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/terms/current");

        Assert.Equal(4, body.GetProperty("version").GetInt32());
        Assert.Equal("2023-04-18", body.GetProperty("approvedOn").GetString());
        Assert.Equal("lv", body.GetProperty("language").GetString());
        var text = body.GetProperty("text").GetString()!;
        Assert.Equal(ShippedText(), text);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), body.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Version_HistoryOnly_SaysTheTextIsNotAvailable()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/terms/2");

        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.False(body.GetProperty("textAvailable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("text").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("sha256").ValueKind);
    }

    [Fact]
    public async Task Version_InForce_CarriesTheText()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/terms/4");

        Assert.Equal(ShippedText(), body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Version_Unknown_Returns404Problem()
    {
        var problem = await ProblemAssert.IsProblemAsync(await _client.GetAsync("/api/terms/99"), HttpStatusCode.NotFound);

        Assert.EndsWith("/terms-version-not-found", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    [InlineData("%20")]
    public async Task Version_NotAPositiveInteger_Returns400WithFieldError(string version)
    {
        var problem = await ProblemAssert.IsProblemAsync(await _client.GetAsync($"/api/terms/{version}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.GetProperty("errors").GetProperty("version").EnumerateArray());
    }

    [Fact]
    public async Task Current_TextTamperedInStorage_IsNeverServed()
    {
        await using var tampered = await TamperWithTextAsync();

        var response = await _client.GetAsync("/api/terms/current");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
    }

    private static string ShippedText() =>
        File.ReadAllText(Path.Combine(Portal.Testing.RepoPaths.Root, "functions", "Portal.Core", "Terms", "Data", "klientu-portala-lietosanas-noteikumi-v4.txt"));

    /// <summary>Overwrites the stored text of v4 and puts the original back when disposed.</summary>
    private async Task<AsyncRestore> TamperWithTextAsync()
    {
        await _client.GetAsync("/api/terms/current");
        var blob = new BlobServiceClient(portal.Backends.Azurite.ConnectionString).GetBlobContainerClient("terms").GetBlobClient("v4/noteikumi.txt");
        var original = (await blob.DownloadContentAsync()).Value.Content;
        await blob.UploadAsync(BinaryData.FromString("Grozīts teksts."), overwrite: true);
        return new AsyncRestore(() => blob.UploadAsync(original, overwrite: true));
    }

    private sealed class AsyncRestore(Func<Task> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }
}
