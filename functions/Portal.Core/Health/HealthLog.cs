using Microsoft.Extensions.Logging;

namespace Portal.Core.Health;

internal static partial class HealthLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Dependency {Dependency} is down: {Problem}")]
    public static partial void DependencyDown(ILogger logger, string dependency, string problem, Exception exception);
}
