using System.IO.Compression;
using System.Text;

namespace Portal.Testing;

/// <summary>Small PDFs built object by object with a true cross-reference: a plain one, and hostile ones for the checks.</summary>
public static class TestPdf
{
    private const string Page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";

    /// <summary>A one-page PDF a real reader opens; <paramref name="note"/> goes into a comment (to make files differ).</summary>
    public static byte[] Plain(string note = "") => Build(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", Page], note);

    /// <summary>The catalog with extra entries, such as an /OpenAction dictionary.</summary>
    public static byte[] WithCatalog(string entries) =>
        Build([$"<< /Type /Catalog /Pages 2 0 R {entries} >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", Page]);

    /// <summary>The catalog's extra entries packed, compressed, in an object stream (object 4) as PDF 1.5 allows.</summary>
    public static byte[] WithObjectStream(string packedObject)
    {
        var header = "5 0 ";
        var packed = Encoding.Latin1.GetBytes(header + packedObject);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(packed);
        }

        var data = Encoding.Latin1.GetString(compressed.ToArray());
        return Build(["<< /Type /Catalog /Pages 2 0 R /Names 5 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", Page,
            $"<< /Type /ObjStm /N 1 /First {header.Length} /Filter /FlateDecode /Length {data.Length} >>\nstream\n{data}\nendstream"]);
    }

    public static byte[] Build(IReadOnlyList<string> objects, string note = "")
    {
        var text = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        if (note.Length > 0)
        {
            text.Append("% ").Append(note).Append('\n');
        }

        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
