namespace Portal.DevHost;

internal static partial class DevHostLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Serving {HttpCount} HTTP functions, {TimerCount} timer functions and {QueueCount} queue functions from {MetadataPath}")]
    public static partial void Serving(ILogger logger, int httpCount, int timerCount, int queueCount, string metadataPath);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Timers are switched off; {TimerCount} timer functions will only run when called")]
    public static partial void TimersOff(ILogger logger, int timerCount);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Serving the UI from {Root}")]
    public static partial void ServingUi(ILogger logger, string root);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "The UI is not built (no static-web/dist found); only the API is served. Run ./dev up to build it")]
    public static partial void UiMissing(ILogger logger);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Queues are switched off; {QueueCount} queue functions will not run")]
    public static partial void QueuesOff(ILogger logger, int queueCount);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Queue {Queue} cannot be reached ({Reason}); polling again later")]
    public static partial void QueueUnreachable(ILogger logger, string queue, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "{Function} failed on attempt {DequeueCount} of message {MessageId}, the last allowed: moved to the poison queue")]
    public static partial void MessagePoisoned(ILogger logger, string function, string messageId, long dequeueCount);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "The development bank's server answer to {Notify} got {Status}")]
    public static partial void BankAnswerDelivered(ILogger logger, Uri notify, int status);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "The development bank's server answer to {Notify} reached no one")]
    public static partial void BankAnswerUndelivered(ILogger logger, Uri notify, Exception exception);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "The UI's forms may also be posted to the payment providers at {FormActions}")]
    public static partial void FormActions(ILogger logger, string formActions);
}
