using Microsoft.Extensions.Logging;
using Portal.Core.BackOffice;

namespace Portal.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Demo user {UserId} created")]
    public static partial void UserCreated(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo clients loaded: {Clients} clients, {Permits} permits, {Invoices} invoices and {Payments} payments.")]
    public static partial void Loaded(ILogger logger, int clients, int permits, int invoices, int payments);

    /// <summary>Logs each refused record of a feed's answer (a refusal is a bug in the demo set).</summary>
    public static void Refused(ILogger logger, IEnumerable<FeedResult> results)
    {
        foreach (var refused in results.Where(r => r.Status == FeedStatus.Rejected))
        {
            Refused(logger, refused.ExternalId, string.Join("; ", refused.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo record {ExternalId} was refused: {Errors}")]
    public static partial void Refused(ILogger logger, string externalId, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo clients were not loaded; they are tried again at the next start.")]
    public static partial void NotLoaded(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo submission {Status} was not sent ({Failure}): has the demo user's password changed?")]
    public static partial void NotSent(ILogger logger, string status, string failure);
}
