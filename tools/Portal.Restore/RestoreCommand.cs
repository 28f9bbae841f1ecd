using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Portal.Core.Backup;
using Portal.Core.Storage;

namespace Portal.Restore;

/// <summary>The restore as an operator runs it: arguments in, counts or a refusal out, an exit code, and no stack traces.</summary>
public static class RestoreCommand
{
    public const int Restored = 0;
    public const int Failed = 1;
    public const int BadArguments = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync(RestoreArguments.Usage);
            return Restored;
        }

        if (!RestoreArguments.TryParse(args, out var parsed, out var problem))
        {
            await error.WriteLineAsync($"error: {problem}{Environment.NewLine}{Environment.NewLine}{RestoreArguments.Usage}");
            return BadArguments;
        }

        if (!TryConnect(parsed, out var restore, out problem))
        {
            await error.WriteLineAsync($"error: {problem}");
            return BadArguments;
        }

        var run = ExportLayout.RunName(parsed.Request.Run);
        try
        {
            var result = await restore.RestoreAsync(parsed.Request, new TableCounts(output), cancellationToken);
            if (result is RestoreResult.Restored restored)
            {
                await output.WriteLineAsync($"Restored {restored.Tables.Count} tables, {restored.Tables.Sum(t => t.Rows)} rows, from export {run}.");
                return Restored;
            }

            await error.WriteLineAsync($"Refused: {((RestoreResult.Refused)result).Reason}");
            return Failed;
        }
        catch (AuthenticationFailedException exception)
        {
            await error.WriteLineAsync($"Could not sign in to storage (sign in with az login first): {FirstLine(exception.Message)}");
        }
        catch (RequestFailedException exception)
        {
            await error.WriteLineAsync($"Storage answered {exception.Status} ({exception.ErrorCode}): {FirstLine(exception.Message)}. Tables may be partly restored; run again with --replace.");
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled. Tables may be partly restored; run again with --replace.");
        }

        return Failed;
    }

    private static bool TryConnect(RestoreArguments arguments, out TableRestore restore, out string error)
    {
        try
        {
            var (tables, blobs) = arguments.ConnectionString is { } connection
                ? (new TableServiceClient(connection), new BlobServiceClient(connection))
                : Signed(arguments.TableService!, arguments.BlobService!);
            restore = new TableRestore(tables, blobs.GetBlobContainerClient(StorageNames.TableExportsContainer));
            error = "";
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            restore = null!;
            error = "--connection-string is not a storage connection string.";
            return false;
        }
    }

    private static (TableServiceClient, BlobServiceClient) Signed(Uri tableService, Uri blobService)
    {
        var credential = new DefaultAzureCredential();
        return (new TableServiceClient(tableService, credential), new BlobServiceClient(blobService, credential));
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r', '.');

    /// <summary>Prints each table as soon as it is written back, so a long restore shows its progress.</summary>
    private sealed class TableCounts(TextWriter output) : IProgress<RestoredTable>
    {
        public void Report(RestoredTable value) => output.WriteLine($"  {value.Name}: {value.Rows} rows");
    }
}
