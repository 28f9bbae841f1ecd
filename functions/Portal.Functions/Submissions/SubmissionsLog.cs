using Microsoft.Extensions.Logging;

namespace Portal.Functions.Submissions;

internal static partial class SubmissionsLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning,
        Message = "A {Kind} deadline was asked from {From}, beyond the working-day calendar ({First}–{Last}): add the next year to Submissions/Calendar/working-days-lv.json")]
    public static partial void BeyondCalendar(ILogger logger, string kind, DateOnly from, int first, int last);
}
