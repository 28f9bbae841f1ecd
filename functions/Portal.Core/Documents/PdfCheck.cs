using System.IO.Compression;
using System.Text;

namespace Portal.Core.Documents;

/// <summary>
/// Whether stored bytes are a plain PDF: its structure (header, cross-reference, trailer naming the root,
/// nothing after the end marker) and no active content (scripts, launch actions, embedded files, forms that
/// submit, rich media) in any object, escaped names and compressed object streams included. No PDF library:
/// we only need to refuse, so a strict structural read is enough and a real PDF writer passes it.
/// </summary>
public static class PdfCheck
{
    /// <summary>What an object stream may inflate to in all, so a small upload cannot make us inflate gigabytes.</summary>
    public const int MaxInflatedBytes = 32 * 1024 * 1024;

    private static readonly HashSet<string> _activeNames = new(StringComparer.Ordinal)
    {
        "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "AA", "RichMedia", "XFA", "SubmitForm", "ImportData",
        "GoToR", "GoToE", "Sound", "Movie",
    };

    /// <summary>Why the bytes are not a PDF we keep, in words for the uploader; null when they are.</summary>
    public static string? Problem(ReadOnlySpan<byte> pdf)
    {
        if (!HasHeader(pdf))
        {
            return "is not a PDF: it must start with %PDF-1.0 to %PDF-2.0.";
        }

        if (!EndsAtEofMarker(pdf, out var end))
        {
            return "is not a whole PDF: it must end with %%EOF and nothing after it.";
        }

        if (HasMarkup(pdf))
        {
            return "holds markup a browser would run.";
        }

        if (!HasCrossReference(pdf[..end]))
        {
            return "is not a whole PDF: its startxref must point at a cross-reference with a trailer naming /Root.";
        }

        var inflated = 0;
        return HasActiveContent(pdf, ref inflated, depth: 0) switch
        {
            null => null,
            { Length: > 0 } name => $"holds active content (/{name}); save it as a plain PDF without scripts, actions or attachments.",
            _ => "has object streams we cannot read (too large, or packed other than by FlateDecode).",
        };
    }

    /// <summary>Whether "&lt;script" or "&lt;html" stands anywhere, in any case: read on the bytes, without decoding the whole file.</summary>
    private static bool HasMarkup(ReadOnlySpan<byte> pdf)
    {
        for (var at = pdf.IndexOf((byte)'<'); at >= 0;)
        {
            var rest = pdf[(at + 1)..];
            if (StartsIgnoringCase(rest, "script"u8) || StartsIgnoringCase(rest, "html"u8))
            {
                return true;
            }

            var next = rest.IndexOf((byte)'<');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool StartsIgnoringCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> word) =>
        text.Length >= word.Length && Ascii.EqualsIgnoreCase(text[..word.Length], word);

    private static bool HasHeader(ReadOnlySpan<byte> pdf) =>
        pdf.Length >= 8 && pdf.StartsWith("%PDF-"u8)
        && ((pdf[5] == '1' && pdf[6] == '.' && pdf[7] is >= (byte)'0' and <= (byte)'7') || pdf[5..8].SequenceEqual("2.0"u8));

    /// <summary>The last %%EOF, followed by line ends or spaces only (anything else makes the file also something else).</summary>
    private static bool EndsAtEofMarker(ReadOnlySpan<byte> pdf, out int end)
    {
        end = pdf.LastIndexOf("%%EOF"u8);
        return end >= 0 && pdf[(end + 5)..].TrimStart(" \t\r\n\0"u8).IsEmpty;
    }

    private static bool HasCrossReference(ReadOnlySpan<byte> pdf)
    {
        var start = pdf.LastIndexOf("startxref"u8);
        if (start < 0 || !TryReadInteger(pdf[(start + 9)..], out var offset) || offset <= 8 || offset >= start)
        {
            return false;
        }

        var section = pdf[(int)offset..start];
        if (section.StartsWith("xref"u8))
        {
            var trailer = section.IndexOf("trailer"u8);
            return trailer > 0 && section[trailer..].IndexOf("/Root"u8) > 0;
        }

        // A cross-reference stream: "n g obj" whose dictionary is /Type /XRef and names the root.
        var dictionaryEnd = section.IndexOf("stream"u8);
        if (!IsObjectStart(section) || dictionaryEnd < 0)
        {
            return false;
        }

        var dictionary = Compact(section[..dictionaryEnd]);
        return dictionary.Contains("/Type/XRef", StringComparison.Ordinal) && dictionary.Contains("/Root", StringComparison.Ordinal);
    }

    private static bool IsObjectStart(ReadOnlySpan<byte> text)
    {
        var rest = text;
        for (var part = 0; part < 2; part++)
        {
            var digits = rest.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
            if (digits <= 0 || rest[digits] is not ((byte)' ' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }

            rest = rest[digits..].TrimStart(" \r\n"u8);
        }

        return rest.StartsWith("obj"u8);
    }

    private static bool TryReadInteger(ReadOnlySpan<byte> text, out long value)
    {
        var trimmed = text.TrimStart(" \t\r\n"u8);
        var digits = trimmed.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        value = 0;
        return digits is > 0 and <= 12 && long.TryParse(trimmed[..digits], out value);
    }

    /// <summary>The first active name met (hex escapes decoded), "" when the inflate budget ran out, null when none.</summary>
    private static string? HasActiveContent(ReadOnlySpan<byte> content, ref int inflated, int depth)
    {
        for (var i = content.IndexOf((byte)'/'); i >= 0; i = NextSlash(content, i))
        {
            var name = ReadName(content[(i + 1)..]);
            if (_activeNames.Contains(name))
            {
                return name;
            }
        }

        // Objects packed in compressed object streams are only seen inflated (one level: they hold no streams).
        for (var at = content.IndexOf("stream"u8); at >= 0 && depth == 0; at = NextStream(content, at))
        {
            var objectStart = content[..at].LastIndexOf("obj"u8);
            if (at >= 3 && content.Slice(at - 3, 3).SequenceEqual("end"u8) || objectStart < 0)
            {
                continue;
            }

            var dictionary = Compact(content[objectStart..at]);
            if (!dictionary.Contains("/Type/ObjStm", StringComparison.Ordinal) && !(dictionary.Contains("/N", StringComparison.Ordinal) && dictionary.Contains("/First", StringComparison.Ordinal)))
            {
                continue;
            }

            var dataStart = at + 6 + (content[(at + 6)..].StartsWith("\r\n"u8) ? 2 : 1);
            var dataEnd = dataStart <= content.Length ? content[dataStart..].IndexOf("endstream"u8) : -1;
            if (dataEnd < 0)
            {
                return "";
            }

            var data = content.Slice(dataStart, dataEnd);
            var plain = !dictionary.Contains("/Filter", StringComparison.Ordinal) ? data.ToArray()
                : dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal) && !dictionary.Contains("/DecodeParms", StringComparison.Ordinal) ? Inflate(data, ref inflated)
                : null;
            if (plain is null)
            {
                return "";
            }

            if (HasActiveContent(plain, ref inflated, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static int NextSlash(ReadOnlySpan<byte> content, int at)
    {
        var next = content[(at + 1)..].IndexOf((byte)'/');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static int NextStream(ReadOnlySpan<byte> content, int at)
    {
        var next = content[(at + 6)..].IndexOf("stream"u8);
        return next < 0 ? -1 : at + 6 + next;
    }

    /// <summary>A name's characters up to a delimiter, each #hh decoded (PDF 1.2+), so /J#61vaScript reads JavaScript.</summary>
    private static string ReadName(ReadOnlySpan<byte> text)
    {
        var name = new StringBuilder();
        for (var i = 0; i < text.Length && name.Length <= 32; i++)
        {
            var c = text[i];
            if (c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0 or (byte)'/' or (byte)'(' or (byte)')'
                or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')
            {
                break;
            }

            if (c == '#' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(text.Slice(i + 1, 2)), 16));
                i += 2;
            }
            else
            {
                name.Append((char)c);
            }
        }

        return name.ToString();
    }

    /// <summary>A dictionary's text with #hh escapes decoded and white space left out, to compare keys and values.</summary>
    private static string Compact(ReadOnlySpan<byte> dictionary)
    {
        var text = new StringBuilder(dictionary.Length);
        for (var i = 0; i < dictionary.Length; i++)
        {
            var c = dictionary[i];
            if (c == '#' && i + 2 < dictionary.Length && IsHex(dictionary[i + 1]) && IsHex(dictionary[i + 2]))
            {
                text.Append((char)Convert.ToByte(Encoding.ASCII.GetString(dictionary.Slice(i + 1, 2)), 16));
                i += 2;
            }
            else if (c is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0))
            {
                text.Append((char)c);
            }
        }

        return text.ToString();
    }

    private static bool IsHex(byte c) => char.IsAsciiHexDigit((char)c);

    private static byte[]? Inflate(ReadOnlySpan<byte> compressed, ref int inflated)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                inflated += read;
                if (inflated > MaxInflatedBytes)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
