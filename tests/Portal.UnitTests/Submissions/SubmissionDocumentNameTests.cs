using Portal.Core.Submissions;

namespace Portal.UnitTests.Submissions;

/// <summary>The name a client downloads a back-office document under: no folders, nothing a file system or a header would misread, a PDF's extension.</summary>
public sealed class SubmissionDocumentNameTests
{
    [Theory]
    [InlineData("Lēmums Nr. 5.pdf", "Lēmums Nr. 5.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\docs\\atļauja.PDF", "atļauja.pdf")]
    [InlineData("a\"b<c>|d\r\n.pdf", "a_b_c_d.pdf")]
    [InlineData("  ...  ", "decision-1.pdf")]
    [InlineData(null, "decision-1.pdf")]
    [InlineData("lēmums.pdf.exe", "lēmums.pdf.exe.pdf")]
    public void TheName_IsSanitised(string? given, string expected) => Assert.Equal(expected, SubmissionDocuments.FileName(given, "decision-1"));

    [Fact]
    public void ALongName_IsCut_KeepingItsExtension()
    {
        var name = SubmissionDocuments.FileName(new string('ā', 300) + ".pdf", "d");

        Assert.Equal(SubmissionDocuments.MaxNameLength, name.Length);
        Assert.EndsWith("ā.pdf", name, StringComparison.Ordinal);
    }
}
