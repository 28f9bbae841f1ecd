namespace Portal.DevHost;

internal static partial class DevHostLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Serving {HttpCount} HTTP functions and {TimerCount} timer functions from {MetadataPath}")]
    public static partial void Serving(ILogger logger, int httpCount, int timerCount, string metadataPath);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Timers are switched off; {TimerCount} timer functions will only run when called")]
    public static partial void TimersOff(ILogger logger, int timerCount);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Serving the UI from {Root}")]
    public static partial void ServingUi(ILogger logger, string root);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "The UI is not built (no static-web/dist found); only the API is served. Run ./dev up to build it")]
    public static partial void UiMissing(ILogger logger);
}
