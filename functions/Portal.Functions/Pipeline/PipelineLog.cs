using Microsoft.Extensions.Logging;

namespace Portal.Functions.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Request {Method} {Path} failed")]
    public static partial void RequestFailed(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Request {Method} {Path} could not reach storage")]
    public static partial void StorageUnavailable(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Request {Method} {Path} gave up on a row too busy to change")]
    public static partial void StorageContended(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Request {Method} {Path} was abandoned by the client")]
    public static partial void RequestAbandoned(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Request {Method} {Path} found storage without its tables or containers; preparing it again")]
    public static partial void StorageReset(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Timer function {Function} failed")]
    public static partial void TimerFailed(ILogger logger, string function, Exception exception);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Timer function {Function} ran in {ElapsedMs} ms")]
    public static partial void TimerRan(ILogger logger, string function, long elapsedMs);
}
