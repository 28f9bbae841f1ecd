using System.Reflection;
using PdfSharp.Fonts;

namespace Portal.Core.Reports;

/// <summary>
/// The one typeface reports use, DejaVu Sans (regular and bold), shipped inside this assembly: it has every Latvian
/// letter, and a PDF made on any machine embeds the same glyphs (PDFsharp embeds the subset a document uses).
/// </summary>
internal sealed class PortalFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock _gate = new();

    /// <summary>PDFsharp takes one resolver for the whole process: the first report sets it.</summary>
    public static void Install()
    {
        lock (_gate)
        {
            if (GlobalFontSettings.FontResolver is not PortalFonts)
            {
                GlobalFontSettings.FontResolver = new PortalFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(bold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not inside {Assembly.GetExecutingAssembly().GetName().Name}; the build embeds it from the npm package dejavu-fonts-ttf.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
