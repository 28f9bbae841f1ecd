using System.Buffers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core.Backup;

namespace Portal.UnitTests.Backup;

public sealed class EntityLineTests
{
    [Fact]
    public void WriteThenRead_KeepsEveryTypeAndValue_DoublesJsonCannotHoldIncluded()
    {
        var row = new TableEntity("p|ā", "r 1")
        {
            ["Text"] = "Ķēniņš 📡\n\"",
            ["Empty"] = "",
            ["Int"] = -7,
            ["Long"] = long.MaxValue,
            ["Whole"] = 5.0,
            ["NaN"] = double.NaN,
            ["Up"] = double.PositiveInfinity,
            ["Down"] = double.NegativeInfinity,
            ["NegativeZero"] = -0.0,
            ["Flag"] = true,
            ["When"] = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(3)).AddTicks(1_234_567),
            ["Id"] = Guid.NewGuid(),
            ["Bytes"] = new byte[] { 0, 1, 255 },
        };

        var read = EntityLine.Read(LineOf(row));

        Assert.Equal((row.PartitionKey, row.RowKey), (read.PartitionKey, read.RowKey));
        Assert.Equal(row.Keys.Where(k => k is not "PartitionKey" and not "RowKey").Order(), read.Keys.Where(k => k is not "PartitionKey" and not "RowKey").Order());
        foreach (var (name, value) in row)
        {
            var expected = value is DateTimeOffset instant ? instant.ToUniversalTime() : value;
            Assert.Equal(expected?.GetType(), read[name]?.GetType());
            Assert.Equal(expected is double d ? BitConverter.DoubleToInt64Bits(d) : expected, read[name] is double r ? BitConverter.DoubleToInt64Bits(r) : read[name]);
        }
    }

    [Fact]
    public void Write_LongBeyondDoubles_IsAStringAndTheTypeIsNamed()
    {
        using var json = JsonDocument.Parse(LineOf(new TableEntity("p", "r") { ["Cents"] = (1L << 53) + 1 }));

        var cents = json.RootElement.GetProperty("properties").GetProperty("Cents");
        Assert.Equal("Int64", cents.GetProperty("type").GetString());
        Assert.Equal("9007199254740993", cents.GetProperty("value").GetString());
    }

    [Fact]
    public void Write_TypeTheExportCannotWrite_Throws_NeverDropsIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LineOf(new TableEntity("p", "r") { ["Money"] = 1.5m }));

        Assert.Contains("Money", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownType_Throws()
    {
        Assert.Throws<InvalidDataException>(() => EntityLine.Read("""{"partitionKey":"p","rowKey":"r","properties":{"X":{"type":"Decimal","value":"1"}}}"""));
    }

    private static string LineOf(TableEntity row)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EntityLine.Write(writer, row);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
