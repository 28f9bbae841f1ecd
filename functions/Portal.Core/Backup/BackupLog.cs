using Microsoft.Extensions.Logging;

namespace Portal.Core.Backup;

internal static partial class BackupLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Table export {Run} written: {TableCount} tables, {RowCount} rows")]
    public static partial void Exported(ILogger logger, string run, int tableCount, long rowCount);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Table export {Run} is already complete")]
    public static partial void AlreadyExported(ILogger logger, string run);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Table {Table} of export {Run} written: {RowCount} rows")]
    public static partial void TableExported(ILogger logger, string run, string table, long rowCount);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Table export {Run} deleted: past its retention period")]
    public static partial void RunDeleted(ILogger logger, string run);
}
