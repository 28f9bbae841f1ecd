using System.IO.Compression;
using System.Text;

namespace Portal.Core.Documents;

/// <summary>
/// Whether bytes are an ASiC-E container (ETSI EN 319 162; Latvia's signed ".edoc"): a ZIP whose first entry
/// is "mimetype" holding exactly the ASiC-E media type, with a signature in META-INF and at least one signed
/// file. The signature itself is the signer's and the verifier's business: we only make sure the file is what
/// it says, so a client's download opens in a signature application.
/// </summary>
public static class AsicCheck
{
    public const string MediaType = "application/vnd.etsi.asic-e+zip";

    /// <summary>More entries than a signed permit holds: a container past it is refused unread.</summary>
    public const int MaxEntries = 1000;

    /// <summary>Null when the bytes are an ASiC-E container; else what is wrong, as a sentence's end ("is not ...").</summary>
    public static string? Problem(byte[] content)
    {
        if (content is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return "is not a ZIP container (an ASiC-E .edoc begins as one).";
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                return $"holds more than {MaxEntries} entries.";
            }

            if (entries.Count == 0 || entries[0].FullName != "mimetype")
            {
                return "does not begin with its \"mimetype\" entry.";
            }

            using (var reader = entries[0].Open())
            {
                var buffer = new byte[MediaType.Length + 1];
                var read = reader.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                if (Encoding.ASCII.GetString(buffer, 0, read) != MediaType)
                {
                    return $"does not name {MediaType} in its \"mimetype\" entry.";
                }
            }

            if (!entries.Any(e => e.FullName.StartsWith("META-INF/", StringComparison.Ordinal) && e.Name.Contains("signatures", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                return "holds no signature (META-INF/signatures*.xml).";
            }

            if (!entries.Any(e => e.FullName != "mimetype" && !e.FullName.StartsWith("META-INF/", StringComparison.Ordinal) && e.Name.Length > 0))
            {
                return "holds no signed file.";
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            // A damaged directory, an entry packed in a way the reader does not know, or an encrypted one.
            return "is not a readable ZIP container.";
        }
    }
}
