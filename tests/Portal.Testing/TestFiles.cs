using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Portal.Testing;

/// <summary>Small files of each kind a client may attach, and the look-alikes the portal must refuse.</summary>
public static class TestFiles
{
    public static byte[] Png(byte[]? after = null)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(output, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        Chunk(output, "IDAT", [0x78, 0x9C, 0x63, 0x60, 0, 0, 0, 2, 0, 1]);
        Chunk(output, "IEND", []);
        output.Write(after ?? []);
        return output.ToArray();
    }

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    /// <summary>A Word document's minimum: its content types naming the main part, and the part.</summary>
    public static byte[] Docx(bool macros = false) => Zip(
        ("[Content_Types].xml", $"<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.{(macros ? "ms-word.document.macroEnabled.main+xml" : "openxmlformats-officedocument.wordprocessingml.document.main+xml")}\"/></Types>"),
        ("word/document.xml", "<w:document/>"));

    public static byte[] Xlsx() => Zip(
        ("[Content_Types].xml", "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
        ("xl/workbook.xml", "<workbook/>"));

    /// <summary>An ASiC-E container as signing applications write it, its signature carrying a certificate for <paramref name="subject"/>.</summary>
    public static byte[] Asice(string subject = "CN=Jānis Bērziņš, SERIALNUMBER=PNOLV-32345678901, C=LV", bool manifest = true)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var signature = "<asic:XAdESSignatures xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:Signature><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
            + Convert.ToBase64String(certificate.RawData) + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature></asic:XAdESSignatures>";
        List<(string, string)> entries = [("mimetype", "application/vnd.etsi.asic-e+zip"), ("iesniegums.pdf", "%PDF-1.7"), ("META-INF/signatures0.xml", signature)];
        if (manifest)
        {
            entries.Add(("META-INF/manifest.xml", "<manifest:manifest/>"));
        }

        return Zip([.. entries]);
    }

    /// <summary>A ZIP whose one entry inflates to <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes = 16)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(zeros);
            }
        }

        return output.ToArray();
    }

    public static byte[] Executable() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. new byte[64]];

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        output.Write(Encoding.ASCII.GetBytes(type));
        output.Write(data);
        output.Write(new byte[4]);
    }
}
