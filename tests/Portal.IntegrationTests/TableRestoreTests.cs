using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Backup;
using Portal.Core.Storage;
using Portal.Restore;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Restoring tables from an export (docs/recovery.md): exact round trips, and refusals that write nothing.</summary>
public sealed class TableRestoreTests : IAsyncLifetime
{
    private static readonly DateOnly _day = new(2026, 3, 1);
    private static readonly DateTimeOffset _instant = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(3)).AddTicks(1_234_567);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero));
    private readonly IsolatedPortal _portal;

    public TableRestoreTests()
    {
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        await Storage.EnsureReadyAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _portal.DisposeAsync();

    private PortalStorage Storage => _portal.Service<PortalStorage>();

    private string ConnectionString => _portal.Backends.Azurite.ConnectionString;

    private TableRestore Restore => new(new TableServiceClient(ConnectionString), new BlobServiceClient(ConnectionString).GetBlobContainerClient(StorageNames.TableExportsContainer));

    [Fact]
    public async Task Restore_IntoEmptiedTables_GivesBackEveryRowWithEveryTypeExactly()
    {
        await WriteEveryTypeAsync();
        await WriteManyAsync(StorageNames.AuditTable, 2_500);
        var before = await PortalTables.ReadAllAsync(Storage);
        var export = await _portal.Service<TableExport>().RunAsync(CancellationToken.None);
        await PortalTables.EmptyAllAsync(Storage);
        Assert.Equal(0, await PortalTables.CountAllAsync(Storage));

        var result = await Restore.RestoreAsync(new RestoreRequest(_day, [], Replace: false), progress: null, CancellationToken.None);

        var restored = Assert.IsType<RestoreResult.Restored>(result);
        Assert.Equal(export.Written!.Tables.Select(t => (t.Name, t.Rows)), restored.Tables.Select(t => (t.Name, t.Rows)));
        var after = await PortalTables.ReadAllAsync(Storage);
        PortalTables.AssertSame(before, after);
        var typed = after[StorageNames.PermitsTable].Single(r => r.RowKey == "scalars");
        Assert.Equal(_instant.UtcDateTime, typed.GetDateTimeOffset("When")!.Value.UtcDateTime);
        Assert.Equal((1L << 53) + 1, typed["BeyondDoubles"]);
        Assert.Equal(5.0, Assert.IsType<double>(typed["WholeDouble"]));
    }

    [Fact]
    public async Task Restore_BlobNotMatchingItsManifest_RefusesNamingIt_AndWritesNothing()
    {
        await WriteEveryTypeAsync();
        await _portal.Service<TableExport>().RunAsync(CancellationToken.None);
        await PortalTables.EmptyAllAsync(Storage);
        var container = await Storage.ContainerAsync(StorageNames.TableExportsContainer, CancellationToken.None);
        var permits = container.GetBlobClient(ExportLayout.TableBlob(_day, StorageNames.PermitsTable));
        var bytes = (await permits.DownloadContentAsync()).Value.Content.ToArray();
        bytes[bytes.Length / 2] ^= 0x01;
        await permits.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);

        var result = await Restore.RestoreAsync(new RestoreRequest(_day, [], Replace: false), progress: null, CancellationToken.None);

        var refused = Assert.IsType<RestoreResult.Refused>(result);
        Assert.Contains(permits.Name, refused.Reason, StringComparison.Ordinal);
        Assert.Contains("SHA-256", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await PortalTables.CountAllAsync(Storage));
    }

    [Fact]
    public async Task Restore_ExportWithoutItsManifest_RefusesAndWritesNothing()
    {
        await WriteEveryTypeAsync();
        await _portal.Service<TableExport>().RunAsync(CancellationToken.None);
        await PortalTables.EmptyAllAsync(Storage);
        var container = await Storage.ContainerAsync(StorageNames.TableExportsContainer, CancellationToken.None);
        await container.DeleteBlobAsync(ExportLayout.ManifestBlob(_day));

        var result = await Restore.RestoreAsync(new RestoreRequest(_day, [], Replace: false), progress: null, CancellationToken.None);

        var refused = Assert.IsType<RestoreResult.Refused>(result);
        Assert.Contains("manifest", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await PortalTables.CountAllAsync(Storage));
    }

    [Fact]
    public async Task Restore_IntoATableWithRows_RefusesUnlessReplacing_ThenPutsBackTheExportedRowsAndKeepsOthers()
    {
        await WriteEveryTypeAsync();
        await _portal.Service<TableExport>().RunAsync(CancellationToken.None);
        var permits = await Storage.TableAsync(StorageNames.PermitsTable, CancellationToken.None);
        await permits.UpsertEntityAsync(new TableEntity("backup-test", "scalars") { ["Name"] = "changed after the export" }, TableUpdateMode.Replace);
        await permits.AddEntityAsync(new TableEntity("backup-test", "added after the export"));
        var request = new RestoreRequest(_day, [StorageNames.PermitsTable], Replace: false);

        var refused = Assert.IsType<RestoreResult.Refused>(await Restore.RestoreAsync(request, progress: null, CancellationToken.None));
        Assert.Contains(StorageNames.PermitsTable, refused.Reason, StringComparison.Ordinal);
        Assert.Equal("changed after the export", (await permits.GetEntityAsync<TableEntity>("backup-test", "scalars")).Value.GetString("Name"));

        var replaced = await Restore.RestoreAsync(request with { Replace = true }, progress: null, CancellationToken.None);

        Assert.Equal(StorageNames.PermitsTable, Assert.Single(Assert.IsType<RestoreResult.Restored>(replaced).Tables).Name);
        var scalars = (await permits.GetEntityAsync<TableEntity>("backup-test", "scalars")).Value;
        Assert.Equal("Ķēniņš — 電波 📡", scalars.GetString("Name"));
        Assert.Equal((1L << 53) + 1, scalars["BeyondDoubles"]);
        Assert.True((await permits.GetEntityIfExistsAsync<TableEntity>("backup-test", "added after the export")).HasValue);
    }

    [Fact]
    public async Task RestoreTool_WithAConnectionString_RestoresTheNamedTables_AndPrintsTheirCounts()
    {
        await WriteEveryTypeAsync();
        var export = await _portal.Service<TableExport>().RunAsync(CancellationToken.None);
        await PortalTables.EmptyAllAsync(Storage);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await RestoreCommand.RunAsync(
            ["--run", "2026-03-01", "--connection-string", ConnectionString, "--tables", "permits,Terms"], output, error, CancellationToken.None);

        Assert.True(exit == RestoreCommand.Restored, error.ToString());
        var rows = await PortalTables.ReadAllAsync(Storage);
        Assert.Equal(5, rows[StorageNames.PermitsTable].Count);
        Assert.NotEmpty(rows[StorageNames.TermsTable]);
        Assert.Empty(rows[StorageNames.AccountsTable]);
        var terms = export.Written!.Tables.Single(t => t.Name == StorageNames.TermsTable).Rows;
        Assert.Contains("  Permits: 5 rows", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"  Terms: {terms} rows", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Restored 2 tables, {5 + terms} rows, from export 2026-03-01.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreTool_Refused_ExitsWith1AndSaysWhy()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await RestoreCommand.RunAsync(["--run", "2026-03-01", "--connection-string", ConnectionString], output, error, CancellationToken.None);

        Assert.Equal(RestoreCommand.Failed, exit);
        Assert.StartsWith("Refused: The export 2026-03-01 has no manifest", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Rows with a value of every EDM type, edge values included, and rows large enough to split a transaction.</summary>
    private async Task WriteEveryTypeAsync()
    {
        var permits = await Storage.TableAsync(StorageNames.PermitsTable, CancellationToken.None);
        await permits.AddEntityAsync(new TableEntity("backup-test", "scalars")
        {
            ["Name"] = "Ķēniņš — 電波 📡",
            ["Empty"] = "",
            ["Escapes"] = "line\nbreak \"quoted\" \\ \t tab \u0001",
            ["Long"] = new string('ž', 30_000),
            ["Small"] = int.MinValue,
            ["Large"] = int.MaxValue,
            ["BeyondDoubles"] = (1L << 53) + 1,
            ["LongMin"] = long.MinValue,
            ["LongMax"] = long.MaxValue,
            ["Fraction"] = 0.1,
            ["WholeDouble"] = 5.0,
            ["NegativeZero"] = -0.0,
            ["Tiny"] = double.Epsilon,
            ["Huge"] = double.MaxValue,
            ["Yes"] = true,
            ["No"] = false,
            ["When"] = _instant,
            ["Earliest"] = new DateTimeOffset(1601, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ["Id"] = Guid.NewGuid(),
            ["NoId"] = Guid.Empty,
            ["Bytes"] = RandomBytes(64 * 1024),
        });
        // Four rows of 512 KiB of binary in one partition: more than one transaction may carry.
        for (var i = 0; i < 4; i++)
        {
            var wide = new TableEntity("backup-test", $"wide-{i}");
            for (var column = 0; column < 8; column++)
            {
                wide[$"Part{column:D2}"] = RandomBytes(64 * 1024);
            }

            await permits.AddEntityAsync(wide);
        }
    }

    /// <summary>Enough rows for several query pages and transactions, over partitions that alternate in key order.</summary>
    private async Task WriteManyAsync(string name, int count)
    {
        var table = await Storage.TableAsync(name, CancellationToken.None);
        foreach (var partition in Enumerable.Range(0, count).GroupBy(i => $"bulk|{i % 3}"))
        {
            foreach (var batch in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(batch.Select(i => new TableTransactionAction(
                    TableTransactionActionType.Add, new TableEntity(partition.Key, $"{i:D6}") { ["Text"] = $"row {i} {Encoding.UTF8.GetString(RandomLetters(40))}", ["Number"] = (long)i })));
            }
        }
    }

    private static byte[] RandomBytes(int count) => System.Security.Cryptography.RandomNumberGenerator.GetBytes(count);

    private static byte[] RandomLetters(int count) => [.. RandomBytes(count).Select(b => (byte)('a' + (b % 26)))];
}
