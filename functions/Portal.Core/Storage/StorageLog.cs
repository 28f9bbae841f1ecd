using Microsoft.Extensions.Logging;

namespace Portal.Core.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Storage ready: {TableCount} tables and {ContainerCount} containers checked, seeds applied")]
    public static partial void StoreReady(ILogger logger, int tableCount, int containerCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Storage is not ready yet; it will be prepared on first use")]
    public static partial void StoreNotReady(ILogger logger, Exception exception);
}
