using System.Diagnostics.CodeAnalysis;
using Portal.Core.Backup;
using Portal.Core.Storage;

namespace Portal.Restore;

/// <summary>The restore's command line, read strictly: every mistake is named, nothing is guessed.</summary>
public sealed record RestoreArguments(RestoreRequest Request, string? ConnectionString, Uri? BlobService, Uri? TableService)
{
    public const string Usage = """
        Restores the portal's tables from a nightly export (docs/recovery.md).

        Usage:
          Portal.Restore --run <yyyy-MM-dd> --blob-service <uri> --table-service <uri> [--tables <A,B>] [--replace]
          Portal.Restore --run <yyyy-MM-dd> --connection-string <string> [--tables <A,B>] [--replace]

          --run                the export's UTC date: the folder of the table-exports container
          --blob-service       the storage account's blob endpoint (https); signs in with DefaultAzureCredential
          --table-service      the storage account's table endpoint (https), the same way
          --connection-string  instead of the endpoints: a connection string (Azurite, locally)
          --tables             only these tables (comma-separated); all of the export's when left out
          --into-empty-only    the default: refuse if any chosen table has rows
          --replace            write into tables that have rows: rows with exported keys are replaced, others kept

        Exit codes: 0 restored; 1 refused (nothing written) or storage failed; 2 bad arguments.
        """;

    private static readonly string[] _valueOptions = ["--run", "--blob-service", "--table-service", "--connection-string", "--tables"];
    private static readonly string[] _flags = ["--replace", "--into-empty-only"];

    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out RestoreArguments? parsed, out string error)
    {
        parsed = null;
        var values = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (_flags.Contains(option))
            {
                if (!flags.Add(option))
                {
                    error = $"{option} is given twice.";
                    return false;
                }
            }
            else if (_valueOptions.Contains(option))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Length == 0)
                {
                    error = $"{option} needs a value.";
                    return false;
                }

                if (!values.TryAdd(option, args[++i]))
                {
                    error = $"{option} is given twice.";
                    return false;
                }
            }
            else
            {
                error = $"Unknown argument: {option}.";
                return false;
            }
        }

        if (!values.TryGetValue("--run", out var runText))
        {
            error = "--run is required: the export's date, yyyy-MM-dd.";
            return false;
        }

        if (!ExportLayout.TryParseRun(runText, out var run))
        {
            error = $"--run must be a date written yyyy-MM-dd, not '{runText}'.";
            return false;
        }

        if (flags.Contains("--replace") && flags.Contains("--into-empty-only"))
        {
            error = "--replace and --into-empty-only contradict each other: give one.";
            return false;
        }

        if (!TryReadTables(values.GetValueOrDefault("--tables"), out var tables, out error)
            || !TryReadTarget(values, out var connectionString, out var blobService, out var tableService, out error))
        {
            return false;
        }

        parsed = new RestoreArguments(new RestoreRequest(run, tables, flags.Contains("--replace")), connectionString, blobService, tableService);
        return true;
    }

    /// <summary>Each named table must be one of the portal's; its name is taken as the portal spells it.</summary>
    private static bool TryReadTables(string? text, out IReadOnlyList<string> tables, out string error)
    {
        tables = [];
        error = "";
        if (text is null)
        {
            return true;
        }

        var names = new List<string>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var known = StorageNames.Tables.FirstOrDefault(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                error = $"--tables names '{name}', which is not one of the portal's tables: {string.Join(", ", StorageNames.Tables)}.";
                return false;
            }

            if (!names.Contains(known))
            {
                names.Add(known);
            }
        }

        tables = names;
        return true;
    }

    private static bool TryReadTarget(Dictionary<string, string> values, out string? connectionString, out Uri? blobService, out Uri? tableService, out string error)
    {
        connectionString = values.GetValueOrDefault("--connection-string");
        blobService = null;
        tableService = null;
        var blobText = values.GetValueOrDefault("--blob-service");
        var tableText = values.GetValueOrDefault("--table-service");
        if (connectionString is not null)
        {
            error = blobText is null && tableText is null ? "" : "Give either --connection-string or --blob-service with --table-service, not both.";
            return error.Length == 0;
        }

        if (blobText is null || tableText is null)
        {
            error = "Give --blob-service and --table-service (the storage account's endpoints), or --connection-string.";
            return false;
        }

        return TryReadEndpoint("--blob-service", blobText, out blobService, out error) && TryReadEndpoint("--table-service", tableText, out tableService, out error);
    }

    private static bool TryReadEndpoint(string option, string text, [NotNullWhen(true)] out Uri? endpoint, out string error)
    {
        // Entra tokens are only ever sent over https.
        if (Uri.TryCreate(text, UriKind.Absolute, out endpoint) && endpoint.Scheme == Uri.UriSchemeHttps)
        {
            error = "";
            return true;
        }

        endpoint = null;
        error = $"{option} must be an https address, such as https://<account>.blob.core.windows.net, not '{text}'.";
        return false;
    }
}
