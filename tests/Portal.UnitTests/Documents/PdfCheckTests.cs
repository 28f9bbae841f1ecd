using System.Text;
using Portal.Core.Documents;
using Portal.Testing;

namespace Portal.UnitTests.Documents;

public sealed class PdfCheckTests
{
    [Fact]
    public void Problem_PlainPdf_None() => Assert.Null(PdfCheck.Problem(TestPdf.Plain()));

    [Theory]
    [InlineData("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", "JavaScript")]
    [InlineData("/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>", "JavaScript")]
    [InlineData("/OpenAction << /S /Launch /F (cmd.exe) >>", "Launch")]
    [InlineData("/Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >>", "EmbeddedFiles")]
    [InlineData("/AA << /O 4 0 R >>", "AA")]
    [InlineData("/AcroForm << /XFA 4 0 R >>", "XFA")]
    public void Problem_ActiveContent_NamesIt(string catalogEntries, string name) =>
        Assert.Contains($"/{name}", PdfCheck.Problem(TestPdf.WithCatalog(catalogEntries)), StringComparison.Ordinal);

    [Fact]
    public void Problem_ScriptInACompressedObjectStream_Found() =>
        Assert.Contains("/JavaScript", PdfCheck.Problem(TestPdf.WithObjectStream("<< /S /JavaScript /JS (app.alert(1)) >>")), StringComparison.Ordinal);

    [Fact]
    public void Problem_PlainObjectStream_None() =>
        Assert.Null(PdfCheck.Problem(TestPdf.WithObjectStream("<< /Dests 3 0 R >>")));

    public static TheoryData<string, byte[]> NotWholePdfs()
    {
        var plain = TestPdf.Plain();
        return new()
        {
            { "html after a PDF header", Encoding.ASCII.GetBytes("%PDF-1.7\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n") },
            { "truncated", plain[..(plain.Length / 2)] },
            { "no header", plain[9..] },
            { "version 9", [.. "%PDF-9.9"u8, .. plain[8..]] },
            { "html appended", [.. plain, .. "<html><script>alert(1)</script></html>"u8] },
            { "zip appended", [.. plain, .. "PK\u0003\u0004 payload"u8] },
            { "startxref past the end", Encoding.ASCII.GetBytes(Encoding.Latin1.GetString(plain).Replace("startxref\n", "startxref\n9", StringComparison.Ordinal)) },
            { "no trailer root", Encoding.ASCII.GetBytes(Encoding.Latin1.GetString(plain).Replace("/Root", "/Rot", StringComparison.Ordinal)) },
            { "script in a comment", TestPdf.Plain("<SCRIPT>alert(1)</SCRIPT>") },
        };
    }

    [Theory]
    [MemberData(nameof(NotWholePdfs))]
    public void Problem_NotAWholePlainPdf_Refused(string kind, byte[] content) => Assert.True(PdfCheck.Problem(content) is not null, kind);

    [Fact]
    public void Problem_ObjectStreamInflatingPastTheBound_Refused()
    {
        var bomb = TestPdf.WithObjectStream("<< /Dests 3 0 R >>" + new string(' ', PdfCheck.MaxInflatedBytes + 1));

        Assert.Contains("cannot read", PdfCheck.Problem(bomb), StringComparison.Ordinal);
    }
}
