using Microsoft.Extensions.Logging;

namespace Portal.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Demo user {UserId} created")]
    public static partial void UserCreated(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo clients loaded: {Clients} clients, {Permits} permits, {Invoices} invoices and {Payments} payments.")]
    public static partial void Loaded(ILogger logger, int clients, int permits, int invoices, int payments);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo record {ExternalId} was refused: {Errors}")]
    public static partial void Refused(ILogger logger, string externalId, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo clients were not loaded; they are tried again at the next start.")]
    public static partial void NotLoaded(ILogger logger, Exception exception);
}
