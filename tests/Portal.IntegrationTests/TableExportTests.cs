using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Backup;
using Portal.Core.Privacy;
using Portal.Core.Storage;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>The nightly table export (docs/recovery.md), called directly with a clock the test moves.</summary>
public sealed class TableExportTests : IAsyncLifetime
{
    private static readonly DateOnly _day = new(2026, 3, 1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero));
    private readonly IsolatedPortal _portal;

    public TableExportTests()
    {
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    private PortalStorage Storage => _portal.Service<PortalStorage>();

    [Fact]
    public async Task Export_WritesEveryTableAsGzipJsonLines_AndTheManifestWithEachBlobsRowsAndHash()
    {
        await Storage.EnsureReadyAsync(CancellationToken.None);
        var billing = await Storage.TableAsync(StorageNames.BillingTable, CancellationToken.None);
        await billing.AddEntityAsync(new TableEntity("export-test", "row") { ["Cents"] = 9_007_199_254_740_993L, ["Name"] = "Ķēniņš" });
        var rows = await PortalTables.ReadAllAsync(Storage);

        var result = await _portal.Service<TableExport>().RunAsync(CancellationToken.None);

        var manifest = Assert.IsType<ExportManifest>(result.Written);
        Assert.Equal(_day, manifest.Run);
        Assert.Equal(StorageNames.Tables, manifest.Tables.Select(t => t.Name));
        var container = await Storage.ContainerAsync(StorageNames.TableExportsContainer, CancellationToken.None);
        foreach (var table in manifest.Tables)
        {
            Assert.Equal($"2026-03-01/{table.Name}.jsonl.gz", table.Blob);
            var bytes = (await container.GetBlobClient(table.Blob).DownloadContentAsync()).Value.Content.ToArray();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), table.Sha256);
            var lines = Lines(bytes);
            Assert.Equal(rows[table.Name].Count, lines.Count);
            Assert.Equal(lines.Count, table.Rows);
        }

        var line = Assert.Single(Lines(await DownloadAsync(container, manifest.Tables.Single(t => t.Name == StorageNames.BillingTable).Blob)));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("export-test", json.RootElement.GetProperty("partitionKey").GetString());
        Assert.Equal("Int64", json.RootElement.GetProperty("properties").GetProperty("Cents").GetProperty("type").GetString());
        Assert.Equal("9007199254740993", json.RootElement.GetProperty("properties").GetProperty("Cents").GetProperty("value").GetString());
        var stored = JsonSerializer.Deserialize<JsonElement>((await container.GetBlobClient("2026-03-01/manifest.json").DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal("2026-03-01", stored.GetProperty("run").GetString());
        Assert.Equal(StorageNames.Tables.Count, stored.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public async Task Export_SecondRunTheSameDay_DoesNothing()
    {
        var export = _portal.Service<TableExport>();
        var first = await export.RunAsync(CancellationToken.None);
        var container = await Storage.ContainerAsync(StorageNames.TableExportsContainer, CancellationToken.None);
        var before = await VersionsAsync(container);
        var accounts = await Storage.TableAsync(StorageNames.AccountsTable, CancellationToken.None);
        await accounts.AddEntityAsync(new TableEntity("export-test", "after-the-export"));

        _time.Advance(TimeSpan.FromHours(3));
        var second = await export.RunAsync(CancellationToken.None);

        Assert.NotNull(first.Written);
        Assert.Null(second.Written);
        Assert.Equal(before, await VersionsAsync(container));
    }

    [Fact]
    public async Task Export_CutShort_IsFinishedByTheNextRunOfTheDay_KeepingTheTablesAlreadyWhole()
    {
        var export = _portal.Service<TableExport>();
        await export.RunAsync(CancellationToken.None);
        var container = await Storage.ContainerAsync(StorageNames.TableExportsContainer, CancellationToken.None);
        // As a run stopped before the manifest, with the Accounts blob committed but not yet marked whole, would leave it.
        await container.DeleteBlobAsync(ExportLayout.ManifestBlob(_day));
        var unfinished = container.GetBlobClient(ExportLayout.TableBlob(_day, StorageNames.AccountsTable));
        await unfinished.SetMetadataAsync(new Dictionary<string, string>());
        var before = await VersionsAsync(container);

        _time.Advance(TimeSpan.FromHours(1));
        var again = await export.RunAsync(CancellationToken.None);

        Assert.NotNull(again.Written);
        Assert.True((await container.GetBlobClient(ExportLayout.ManifestBlob(_day)).ExistsAsync()).Value);
        var after = await VersionsAsync(container);
        Assert.NotEqual(before[unfinished.Name], after[unfinished.Name]);
        Assert.All(before.Keys.Where(name => name != unfinished.Name), name => Assert.Equal(before[name], after[name]));
    }

    [Fact]
    [Trait("Clause", "9")]
    public async Task Export_RunsPastTheirRetentionPeriod_AreDeleted_NewerOnesKept()
    {
        var export = _portal.Service<TableExport>();
        var days = _portal.Service<IOptions<RetentionOptions>>().Value.TableExportsDays;
        await export.RunAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        await export.RunAsync(CancellationToken.None);
        var container = await Storage.ContainerAsync(StorageNames.TableExportsContainer, CancellationToken.None);
        // Not an export: the run deletes only folders named by a date.
        await container.UploadBlobAsync("notes/readme.txt", BinaryData.FromString("kept"));

        _time.Advance(TimeSpan.FromDays(days - 2));
        var dayBefore = await export.RunAsync(CancellationToken.None);
        Assert.Empty(dayBefore.DeletedRuns);

        _time.Advance(TimeSpan.FromDays(1));
        var dayOf = await export.RunAsync(CancellationToken.None);

        Assert.Equal(_day, Assert.Single(dayOf.DeletedRuns));
        var names = (await VersionsAsync(container)).Keys.ToList();
        Assert.DoesNotContain(names, name => name.StartsWith("2026-03-01/", StringComparison.Ordinal));
        Assert.Contains(ExportLayout.ManifestBlob(_day.AddDays(1)), names);
        Assert.Contains(ExportLayout.ManifestBlob(_day.AddDays(days)), names);
        Assert.Contains("notes/readme.txt", names);
    }

    private static async Task<Dictionary<string, string>> VersionsAsync(BlobContainerClient container)
    {
        var versions = new Dictionary<string, string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            versions[blob.Name] = blob.Properties.ETag!.Value.ToString();
        }

        return versions;
    }

    private static async Task<byte[]> DownloadAsync(BlobContainerClient container, string name) =>
        (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();

    private static List<string> Lines(byte[] gzip)
    {
        using var reader = new StreamReader(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress), Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
