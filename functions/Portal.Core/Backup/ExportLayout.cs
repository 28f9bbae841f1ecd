using System.Globalization;

namespace Portal.Core.Backup;

/// <summary>
/// Where an export lives in the table-exports container: a folder per run, named by its UTC date, with one
/// gzip JSON Lines blob per table and the manifest, written last, that makes the run complete.
/// </summary>
public static class ExportLayout
{
    public const string RunFormat = "yyyy-MM-dd";

    public static string RunName(DateOnly run) => run.ToString(RunFormat, CultureInfo.InvariantCulture);

    public static string RunPrefix(DateOnly run) => $"{RunName(run)}/";

    public static string TableBlob(DateOnly run, string table) => $"{RunPrefix(run)}{table}.jsonl.gz";

    public static string ManifestBlob(DateOnly run) => $"{RunPrefix(run)}manifest.json";

    /// <summary>A run's date from its name ("2026-03-01"), exactly in that form.</summary>
    public static bool TryParseRun(string name, out DateOnly run) =>
        DateOnly.TryParseExact(name, RunFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out run);
}
