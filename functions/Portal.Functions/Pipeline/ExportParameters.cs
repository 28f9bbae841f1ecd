using Microsoft.AspNetCore.Http;
using Portal.Core.Documents;
using Portal.Core.Outcomes;

namespace Portal.Functions.Pipeline;

/// <summary>What every export takes beside its filter: <c>separator</c> (semicolon, the default, or comma) and <c>language</c> (lv, the default, or en).</summary>
public static class ExportParameters
{
    public static (CsvDialect Dialect, string Language) Read(HttpRequest request, FieldErrors errors)
    {
        var dialect = request.Query["separator"].ToString().Trim() switch
        {
            "" or "semicolon" => CsvDialect.Latvian,
            "comma" => CsvDialect.International,
            _ => (CsvDialect?)null,
        };
        if (dialect is null)
        {
            errors.Add("separator", "semicolon (with a decimal comma, the default) or comma (with a decimal point).");
        }

        var language = request.Query["language"].ToString().Trim();
        if (language.Length > 0 && !DocumentText.Languages.Contains(language))
        {
            errors.Add("language", "lv or en.");
        }

        return (dialect ?? CsvDialect.Latvian, DocumentText.LanguageOf(language));
    }

    /// <summary>An export's file name: what it holds and the Riga date it was made ("rekini-2026-12-01.csv").</summary>
    public static string FileName(string what, DateOnly today, string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what}-{today:yyyy-MM-dd}.{extension}");
}
