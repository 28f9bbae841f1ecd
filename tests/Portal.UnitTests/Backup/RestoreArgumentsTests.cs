using Portal.Core.Storage;
using Portal.Restore;

namespace Portal.UnitTests.Backup;

public sealed class RestoreArgumentsTests
{
    private const string Azurite = "UseDevelopmentStorage=true";

    [Fact]
    public void TryParse_Endpoints_TakesTheRunTablesAndMode()
    {
        Assert.True(RestoreArguments.TryParse(
            ["--run", "2026-03-01", "--blob-service", "https://a.blob.core.windows.net", "--table-service", "https://a.table.core.windows.net", "--tables", "accounts, Audit", "--replace"],
            out var parsed, out var error), error);

        Assert.Equal(new DateOnly(2026, 3, 1), parsed.Request.Run);
        Assert.Equal([StorageNames.AccountsTable, StorageNames.AuditTable], parsed.Request.Tables);
        Assert.True(parsed.Request.Replace);
        Assert.Equal(new Uri("https://a.blob.core.windows.net"), parsed.BlobService);
        Assert.Null(parsed.ConnectionString);
    }

    [Fact]
    public void TryParse_ConnectionString_IntoEmptyTablesOfEveryTableByDefault()
    {
        Assert.True(RestoreArguments.TryParse(["--connection-string", Azurite, "--run", "2026-03-01", "--into-empty-only"], out var parsed, out var error), error);

        Assert.Empty(parsed.Request.Tables);
        Assert.False(parsed.Request.Replace);
        Assert.Equal(Azurite, parsed.ConnectionString);
    }

    [Theory]
    [InlineData("--connection-string|x", "--run is required")]
    [InlineData("--run|1.3.2026|--connection-string|x", "--run must be a date written yyyy-MM-dd")]
    [InlineData("--run|2026-02-30|--connection-string|x", "--run must be a date written yyyy-MM-dd")]
    [InlineData("--run|2026-03-01", "Give --blob-service and --table-service")]
    [InlineData("--run|2026-03-01|--blob-service|https://a.blob.core.windows.net", "Give --blob-service and --table-service")]
    [InlineData("--run|2026-03-01|--blob-service|http://a|--table-service|https://b", "--blob-service must be an https address")]
    [InlineData("--run|2026-03-01|--connection-string|x|--table-service|https://b", "not both")]
    [InlineData("--run|2026-03-01|--connection-string|x|--tables|Accounts,Nope", "--tables names 'Nope'")]
    [InlineData("--run|2026-03-01|--connection-string|x|--replace|--into-empty-only", "contradict")]
    [InlineData("--run|2026-03-01|--connection-string|x|--replace|--replace", "--replace is given twice")]
    [InlineData("--run|2026-03-01|--run|2026-03-02|--connection-string|x", "--run is given twice")]
    [InlineData("--run|--connection-string|x", "--run needs a value")]
    [InlineData("--run|2026-03-01|--connection-string", "--connection-string needs a value")]
    [InlineData("--run|2026-03-01|--connection-string|x|--force", "Unknown argument: --force")]
    public void TryParse_Mistake_IsNamed(string args, string message)
    {
        Assert.False(RestoreArguments.TryParse(args.Split('|'), out var parsed, out var error));

        Assert.Null(parsed);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--run|yesterday|--connection-string|x")]
    [InlineData("--tables")]
    [InlineData("--run|2026-03-01|--connection-string|not a connection string")]
    public async Task Run_BadArguments_Exit2WithAMessageAndNoStackTrace(string args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await RestoreCommand.RunAsync(args.Split('|'), output, error, CancellationToken.None);

        Assert.Equal(RestoreCommand.BadArguments, exit);
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Run_Help_PrintsTheUsage()
    {
        var output = new StringWriter();

        var exit = await RestoreCommand.RunAsync(["--help"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(RestoreCommand.Restored, exit);
        Assert.Contains("--into-empty-only", output.ToString(), StringComparison.Ordinal);
    }
}
