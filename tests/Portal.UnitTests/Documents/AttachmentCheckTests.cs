using System.Text;
using Portal.Core.Documents;
using Portal.Core.Submissions;
using Portal.Testing;

namespace Portal.UnitTests.Documents;

/// <summary>An attachment is what its bytes are: each accepted kind, and the look-alikes that are refused with a reason.</summary>
public sealed class AttachmentCheckTests
{
    public static TheoryData<string, byte[]> Accepted() => new()
    {
        { "pdf", TestPdf.Plain() },
        { "png", TestFiles.Png() },
        { "jpeg", TestFiles.Jpeg() },
        { "docx", TestFiles.Docx() },
        { "xlsx", TestFiles.Xlsx() },
        { "asice", TestFiles.Asice() },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void EachKind_IsKnownByItsContent(string kind, byte[] content)
    {
        var verdict = AttachmentCheck.Judge(content);

        Assert.Null(verdict.Problem);
        Assert.Equal(kind, verdict.Kind?.Name);
    }

    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "a renamed executable", TestFiles.Executable(), "program" },
        { "a plain ZIP archive", TestFiles.Zip(("readme.txt", "hello")), "ZIP archive" },
        { "a Word document with macros", TestFiles.Docx(macros: true), "macros" },
        { "a zip bomb", TestFiles.ZipBomb(), "unpacks" },
        { "a signed container without its manifest", TestFiles.Asice(manifest: false), "manifest" },
        { "a PDF with a script", TestPdf.WithCatalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "active content" },
        { "a PNG with something behind it", TestFiles.Png("<script>alert(1)</script>"u8.ToArray()), "after the end" },
        { "text", "Sveiki!"u8.ToArray(), "is not a" },
        { "nothing", [], "empty" },
        { "a cut JPEG", TestFiles.Jpeg()[..^2], "JPEG" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ALookAlike_IsRefused_SayingWhy(string what, byte[] content, string says)
    {
        var verdict = AttachmentCheck.Judge(content);

        Assert.True(verdict.Kind is null, what);
        Assert.Contains(says, verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ASignedContainer_NamesItsCertificatesSubject_AsStated()
    {
        var verdict = AttachmentCheck.Judge(TestFiles.Asice("CN=Anna Kalniņa, C=LV"));

        Assert.Equal("CN=Anna Kalniņa, C=LV", verdict.SignedBy);
    }

    [Fact]
    public void DamagedZipBasedFiles_AreRefused_NeverThrown()
    {
        var valid = TestFiles.Docx();
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var damaged = i % 2 == 0 ? valid[..random.Next(4, valid.Length)] : (byte[])valid.Clone();
            for (var flips = 0; i % 2 == 1 && flips < 1 + (i % 5); flips++)
            {
                damaged[random.Next(4, damaged.Length)] = (byte)random.Next(256);
            }

            _ = AttachmentCheck.Judge(damaged);
        }
    }

    [Theory]
    [InlineData("C:\\Users\\jb\\Atļauja.pdf", "Atļauja.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\u0000b<c>:d\"e|f?g*h.pdf", "a_b_c__d_e_f_g_h.pdf")]
    [InlineData("  spaced   out  .pdf ", "spaced out .pdf")]
    [InlineData("right\u202Eflow.pdf", "right_flow.pdf")]
    [InlineData("...", "")]
    public void AFileName_IsKeptSafe(string given, string kept) => Assert.Equal(kept, SubmissionAttachments.CleanName(given));

    [Fact]
    public void AFileName_IsCutToItsLimit() => Assert.Equal(120, SubmissionAttachments.CleanName(new string('ā', 300) + ".pdf").Length);

    [Theory]
    [InlineData("scan.png", "pdf", "scan.pdf")]
    [InlineData("scan.PDF", "pdf", "scan.PDF")]
    [InlineData("photo.jpeg", "jpeg", "photo.jpeg")]
    [InlineData("atlauja.asice", "asice", "atlauja.asice")]
    [InlineData("atlauja.zip", "asice", "atlauja.edoc")]
    [InlineData("noextension", "docx", "noextension.docx")]
    public void AFilesExtension_IsThatOfWhatItIs(string name, string kind, string offered) =>
        Assert.Equal(offered, SubmissionAttachments.WithExtension(name, AttachmentKind.Named(kind)!));

    [Fact]
    public void TextLookingLikeAnAsicMimetype_IsNotAContainer() =>
        Assert.Null(AttachmentCheck.Judge(Encoding.ASCII.GetBytes("mimetypeapplication/vnd.etsi.asic-e+zip")).Kind);
}
