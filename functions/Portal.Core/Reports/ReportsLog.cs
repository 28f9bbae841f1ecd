using Microsoft.Extensions.Logging;

namespace Portal.Core.Reports;

internal static partial class ReportsLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Report {ReportId} of client {ClientId} built: {Bytes} bytes, attempt {Attempt}")]
    public static partial void Built(ILogger logger, string clientId, string reportId, long bytes, long attempt);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information, Message = "Report {ReportId} of client {ClientId} is gone, ready or given up: nothing to build")]
    public static partial void NothingToBuild(ILogger logger, string clientId, string reportId);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Error, Message = "Report {ReportId} of client {ClientId} failed on every attempt; the last: {Failure}")]
    public static partial void GaveUp(ILogger logger, string clientId, string reportId, string failure);
}
