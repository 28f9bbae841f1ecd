using Microsoft.Extensions.Logging;

namespace Portal.Core.Notifications;

internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Email {MessageId} sent")]
    public static partial void Sent(ILogger logger, string messageId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Email {MessageId} not sent (attempt {Attempt}); it stays in the outbox")]
    public static partial void SendFailed(ILogger logger, string messageId, int attempt, Exception exception);
}
