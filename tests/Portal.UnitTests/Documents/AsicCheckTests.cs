using System.IO.Compression;
using System.Text;
using Portal.Core.Documents;

namespace Portal.UnitTests.Documents;

public sealed class AsicCheckTests
{
    private static byte[] Container(string? firstName = "mimetype", string mimetype = AsicCheck.MediaType, bool signed = true, bool signedFile = true)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var stream = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }

            if (firstName is not null)
            {
                Entry(firstName, mimetype);
            }

            if (signedFile)
            {
                Entry("atlauja.pdf", "%PDF-1.7");
            }

            if (signed)
            {
                Entry("META-INF/signatures0.xml", "<asic:XAdESSignatures/>");
            }
        }

        return output.ToArray();
    }

    [Fact]
    public void AContainerAsSigningApplicationsWriteIt_IsAccepted() => Assert.Null(AsicCheck.Problem(Container()));

    [Theory]
    [InlineData("readme.txt", AsicCheck.MediaType, true, true, "mimetype")]
    [InlineData("mimetype", "application/zip", true, true, "does not name")]
    [InlineData("mimetype", AsicCheck.MediaType, false, true, "signature")]
    [InlineData("mimetype", AsicCheck.MediaType, true, false, "signed file")]
    public void AContainerMissingAPart_IsRefused_SayingWhich(string first, string mimetype, bool signed, bool signedFile, string says) =>
        Assert.Contains(says, AsicCheck.Problem(Container(first, mimetype, signed, signedFile)), StringComparison.Ordinal);

    [Fact]
    public void BytesThatAreNotAContainer_OrADamagedOne_AreRefused_NeverThrown()
    {
        Assert.Contains("ZIP", AsicCheck.Problem(Encoding.UTF8.GetBytes("%PDF-1.7")), StringComparison.Ordinal);
        var valid = Container();
        var random = new Random(3);
        for (var i = 0; i < 300; i++)
        {
            var damaged = i % 3 == 0 ? valid[..random.Next(4, valid.Length)] : (byte[])valid.Clone();
            for (var flips = 0; i % 3 != 0 && flips < 1 + (i % 7); flips++)
            {
                damaged[random.Next(4, damaged.Length)] = (byte)random.Next(256);
            }

            _ = AsicCheck.Problem(damaged);
        }
    }
}
