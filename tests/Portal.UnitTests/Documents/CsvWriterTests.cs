using System.Text;
using Portal.Core.Documents;

namespace Portal.UnitTests.Documents;

public sealed class CsvWriterTests
{
    private static async Task<byte[]> WriteAsync(CsvDialect dialect, Action<CsvWriter> write)
    {
        using var output = new MemoryStream();
        var csv = new CsvWriter(output, dialect);
        write(csv);
        await csv.FlushAsync(CancellationToken.None);
        return output.ToArray();
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes.AsSpan(3));

    [Fact]
    public async Task TheFileBeginsWithAByteOrderMark_OnceAcrossFlushes_AndWritesLatvianLettersAsUtf8()
    {
        using var output = new MemoryStream();
        var csv = new CsvWriter(output, CsvDialect.Latvian);
        csv.Row("Rēķina numurs", "Stāvoklis");
        await csv.FlushAsync(CancellationToken.None);
        csv.Row("Ņ", "ž");
        await csv.FlushAsync(CancellationToken.None);

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Rēķina numurs;Stāvoklis\r\nŅ;ž\r\n", Text(bytes));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+371 20000000", "'+371 20000000")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("SIA \"Vilnis\"", "\"SIA \"\"Vilnis\"\"\"")]
    [InlineData("a,b", "a,b")]
    [InlineData("RE-2026-1", "RE-2026-1")]
    public async Task ATextCell_IsQuotedAsRfc4180Says_AndOneAFormulaWouldRunFrom_IsNeutralised(string value, string written)
    {
        Assert.Equal(written + ";\r\n", Text(await WriteAsync(CsvDialect.Latvian, csv =>
        {
            csv.Text(value);
            csv.Text(null);
            csv.EndRow();
        })));
    }

    [Fact]
    public async Task Numbers_StayNumbers_NegativeOnesToo_WithTheDialectsDecimalMarkAndNoGrouping()
    {
        void Write(CsvWriter csv)
        {
            csv.Euros(-123_456_78);
            csv.Euros(5);
            csv.Number(12.5m, 3);
            csv.Date(new DateOnly(2026, 12, 1));
            csv.Text("a,b");
            csv.EndRow();
        }

        Assert.Equal("-123456,78;0,05;12,500;2026-12-01;a,b\r\n", Text(await WriteAsync(CsvDialect.Latvian, Write)));
        Assert.Equal("-123456.78,0.05,12.500,2026-12-01,\"a,b\"\r\n", Text(await WriteAsync(CsvDialect.International, Write)));
    }
}
