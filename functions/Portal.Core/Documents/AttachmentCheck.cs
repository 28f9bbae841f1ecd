using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;

namespace Portal.Core.Documents;

/// <summary>The kinds of file a client may attach, each with its media type and the extension its download gets.</summary>
public sealed record AttachmentKind(string Name, string MediaType, string Extension)
{
    public static readonly AttachmentKind Pdf = new("pdf", "application/pdf", ".pdf");
    public static readonly AttachmentKind Png = new("png", "image/png", ".png");
    public static readonly AttachmentKind Jpeg = new("jpeg", "image/jpeg", ".jpg");
    public static readonly AttachmentKind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly AttachmentKind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly AttachmentKind Asice = new("asice", AsicCheck.MediaType, ".edoc");

    /// <summary>Every kind's media type, for the API's description of the download.</summary>
    public const string MediaTypes = "application/pdf, image/png, image/jpeg, application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, " + AsicCheck.MediaType;

    public static IReadOnlyList<AttachmentKind> All { get; } = [Pdf, Png, Jpeg, Docx, Xlsx, Asice];

    public static AttachmentKind? Named(string? name) => All.FirstOrDefault(kind => kind.Name == name);
}

/// <summary>What a file was found to be: its kind, or why it is refused; for a signed e-document, the signer's certificate subject as the container states it.</summary>
public sealed record AttachmentVerdict(AttachmentKind? Kind, string? Problem, string? SignedBy = null)
{
    public static AttachmentVerdict Refused(string problem) => new(null, problem);
}

/// <summary>
/// Decides what an uploaded file is by its content alone, never by its name or the type the browser declared: a plain PDF
/// (<see cref="PdfCheck"/>), a PNG or a JPEG whose structure runs from signature to end marker, a Word or Excel document
/// (Office Open XML, without macros) or an ASiC-E signed e-document (<see cref="AsicCheck"/> with its manifest). ZIP-based
/// files are taken only when their structure matches, and are read within limits, so a zip bomb is refused before it is
/// inflated: the sizes its directory declares, the ratio of any large entry and the bytes actually read are all bounded.
/// Anything else (a renamed executable, an archive of another kind) is refused with a sentence for the uploader.
/// </summary>
public static class AttachmentCheck
{
    /// <summary>What all entries of a ZIP-based file may declare in all (an Office document is seldom a tenth of it).</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>An entry larger than <see cref="RatioFloorBytes"/> packed tighter than this is a bomb, not a document.</summary>
    public const int MaxRatio = 200;

    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>The most of one entry (a manifest, a signature) we read to judge the file.</summary>
    private const int MaxReadEntryBytes = 2 * 1024 * 1024;

    private const string Accepted = "PDF, PNG, JPEG, DOCX, XLSX or a signed e-document (.edoc, .asice)";

    public static AttachmentVerdict Judge(byte[] content)
    {
        if (content.Length == 0)
        {
            return AttachmentVerdict.Refused("is empty.");
        }

        if (content.AsSpan().StartsWith("%PDF-"u8))
        {
            return PdfCheck.Problem(content) is { } pdf ? AttachmentVerdict.Refused(pdf) : new(AttachmentKind.Pdf, null);
        }

        if (content is [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..])
        {
            return PngProblem(content) is { } png ? AttachmentVerdict.Refused(png) : new(AttachmentKind.Png, null);
        }

        if (content is [0xFF, 0xD8, 0xFF, ..])
        {
            return JpegProblem(content) is { } jpeg ? AttachmentVerdict.Refused(jpeg) : new(AttachmentKind.Jpeg, null);
        }

        if (content is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return Zipped(content);
        }

        return content is [(byte)'M', (byte)'Z', ..] or [0x7F, (byte)'E', (byte)'L', (byte)'F', ..]
            ? AttachmentVerdict.Refused($"is a program, not a document. Attach a {Accepted}.")
            : AttachmentVerdict.Refused($"is not a {Accepted}.");
    }

    /// <summary>Chunk after chunk from the signature: IHDR first, IEND last and at the very end (nothing hidden behind it).</summary>
    private static string? PngProblem(byte[] content)
    {
        var at = 8;
        var first = true;
        while (at + 12 <= content.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(at));
            var type = Encoding.ASCII.GetString(content, at + 4, 4);
            if (length > int.MaxValue || at + 12 + (long)length > content.Length || (first && type != "IHDR"))
            {
                return "is not a whole PNG image.";
            }

            at += 12 + (int)length;
            first = false;
            if (type == "IEND")
            {
                return at == content.Length ? null : "has data after the end of its PNG image.";
            }
        }

        return "is not a whole PNG image: it has no end chunk.";
    }

    /// <summary>A JPEG ends with its end-of-image marker; padding of zero bytes after it is all a camera adds.</summary>
    private static string? JpegProblem(byte[] content)
    {
        var end = content.AsSpan().TrimEnd((byte)0);
        return end.Length >= 4 && end[^2] == 0xFF && end[^1] == 0xD9 ? null : "is not a whole JPEG image.";
    }

    private static AttachmentVerdict Zipped(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > AsicCheck.MaxEntries)
            {
                return AttachmentVerdict.Refused($"holds more than {AsicCheck.MaxEntries} files.");
            }

            long unpacked = 0;
            foreach (var entry in entries)
            {
                unpacked += entry.Length;
                if (unpacked > MaxUnpackedBytes || (entry.Length > RatioFloorBytes && entry.Length > entry.CompressedLength * (long)MaxRatio))
                {
                    return AttachmentVerdict.Refused("unpacks to far more than it holds (a compressed archive made to fill the disk).");
                }
            }

            var names = entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (entries.Count > 0 && entries[0].FullName == "mimetype")
            {
                return SignedContainer(content, zip);
            }

            if (names.Contains("[Content_Types].xml"))
            {
                return Office(zip, names);
            }

            return AttachmentVerdict.Refused($"is a ZIP archive. Attach the files themselves, each a {Accepted}.");
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            return AttachmentVerdict.Refused("is a damaged or encrypted ZIP-based file.");
        }
    }

    private static AttachmentVerdict Office(ZipArchive zip, HashSet<string> names)
    {
        var types = ReadEntry(zip.GetEntry("[Content_Types].xml")!);
        if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return AttachmentVerdict.Refused("holds macros. Save it as a plain .docx or .xlsx.");
        }

        if (names.Contains("word/document.xml") && types.Contains("wordprocessingml.document.main+xml", StringComparison.Ordinal))
        {
            return new(AttachmentKind.Docx, null);
        }

        if (names.Contains("xl/workbook.xml") && types.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal))
        {
            return new(AttachmentKind.Xlsx, null);
        }

        return AttachmentVerdict.Refused($"is an Office file of another kind. Attach a {Accepted}.");
    }

    /// <summary>An ASiC-E container: <see cref="AsicCheck"/>'s structure and a manifest; the signer as the first signature's certificate names them.</summary>
    private static AttachmentVerdict SignedContainer(byte[] content, ZipArchive zip)
    {
        if (AsicCheck.Problem(content) is { } problem)
        {
            return AttachmentVerdict.Refused($"is not a signed e-document: it {problem}");
        }

        if (zip.GetEntry("META-INF/manifest.xml") is null)
        {
            return AttachmentVerdict.Refused("is not a signed e-document: it has no manifest (META-INF/manifest.xml).");
        }

        var signature = zip.Entries.First(e => e.FullName.StartsWith("META-INF/", StringComparison.Ordinal) && e.Name.Contains("signatures", StringComparison.OrdinalIgnoreCase));
        return new(AttachmentKind.Asice, null, SignerOf(ReadEntry(signature)));
    }

    /// <summary>The subject of the first X.509 certificate in an XAdES signature, or null when it cannot be read.</summary>
    internal static string? SignerOf(string signatureXml)
    {
        try
        {
            var document = new XmlDocument { XmlResolver = null };
            using (var reader = XmlReader.Create(new StringReader(signatureXml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            {
                document.Load(reader);
            }

            var namespaces = new XmlNamespaceManager(document.NameTable);
            namespaces.AddNamespace("ds", "http://www.w3.org/2000/09/xmldsig#");
            if (document.SelectSingleNode("//ds:X509Certificate", namespaces)?.InnerText is not { Length: > 0 } text)
            {
                return null;
            }

            using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(string.Concat(text.Where(c => !char.IsWhiteSpace(c)))));
            return certificate.Subject;
        }
        catch (Exception exception) when (exception is XmlException or FormatException or CryptographicException)
        {
            return null;
        }
    }

    private static string ReadEntry(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[MaxReadEntryBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
