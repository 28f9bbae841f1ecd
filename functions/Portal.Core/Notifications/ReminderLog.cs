using Microsoft.Extensions.Logging;

namespace Portal.Core.Notifications;

internal static partial class ReminderLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Reminder digests for {First} to {Last}: {Groups} client groups, {Digests} digests queued")]
    public static partial void Ran(ILogger logger, DateOnly first, DateOnly last, int groups, int digests);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "A reminder digest for user {UserId} was already marked sent by another run; not sent again")]
    public static partial void AlreadySent(ILogger logger, string userId, Exception exception);
}
