using Azure;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.IntegrationTests;

/// <summary>Every row of every portal table, for tests that export, empty and restore them.</summary>
internal static class PortalTables
{
    /// <summary>Each table's rows in key order, each property as the service gives it back (Timestamp and ETag left out).</summary>
    public static async Task<Dictionary<string, List<TableEntity>>> ReadAllAsync(PortalStorage storage)
    {
        var tables = new Dictionary<string, List<TableEntity>>();
        foreach (var name in StorageNames.Tables)
        {
            var table = await storage.TableAsync(name, CancellationToken.None);
            var rows = await table.QueryAsync<TableEntity>().ToListAsync();
            foreach (var row in rows)
            {
                row.Remove(nameof(TableEntity.Timestamp));
                row.Remove("odata.etag");
            }

            tables[name] = [.. rows.OrderBy(r => r.PartitionKey, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal)];
        }

        return tables;
    }

    public static async Task EmptyAllAsync(PortalStorage storage)
    {
        foreach (var name in StorageNames.Tables)
        {
            var table = await storage.TableAsync(name, CancellationToken.None);
            await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
            }
        }
    }

    public static async Task<int> CountAllAsync(PortalStorage storage) => (await ReadAllAsync(storage)).Values.Sum(rows => rows.Count);

    /// <summary>The same rows with the same properties, each of the same .NET type (so the same EDM type) and the same value, bit for bit.</summary>
    public static void AssertSame(Dictionary<string, List<TableEntity>> expected, Dictionary<string, List<TableEntity>> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (table, rows) in expected)
        {
            Assert.True(rows.Count == actual[table].Count, $"{table}: {rows.Count} rows expected, {actual[table].Count} found");
            foreach (var (want, got) in rows.Zip(actual[table]))
            {
                var where = $"{table} ({want.PartitionKey}, {want.RowKey})";
                Assert.Equal((want.PartitionKey, want.RowKey), (got.PartitionKey, got.RowKey));
                Assert.True(want.Keys.Order().SequenceEqual(got.Keys.Order()), $"{where}: properties {string.Join(",", want.Keys.Order())} expected, {string.Join(",", got.Keys.Order())} found");
                foreach (var (name, value) in want)
                {
                    AssertSameValue(value, got[name], $"{where}.{name}");
                }
            }
        }
    }

    public static void AssertSameValue(object? expected, object? actual, string where)
    {
        Assert.True(expected?.GetType() == actual?.GetType(), $"{where}: a {expected?.GetType()} expected, a {actual?.GetType()} found");
        var same = (expected, actual) switch
        {
            (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
            (BinaryData a, BinaryData b) => a.ToMemory().Span.SequenceEqual(b.ToMemory().Span),
            (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
            (DateTimeOffset a, DateTimeOffset b) => a.EqualsExact(b),
            _ => Equals(expected, actual),
        };
        Assert.True(same, $"{where}: {Show(expected)} expected, {Show(actual)} found");
    }

    private static string Show(object? value) => value switch
    {
        byte[] bytes => $"{bytes.Length} bytes",
        string text when text.Length > 80 => $"{text.Length} characters",
        DateTimeOffset instant => instant.ToString("O"),
        _ => $"{value}",
    };
}
