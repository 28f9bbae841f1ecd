using Microsoft.Extensions.Logging;

namespace Portal.Core.Audit;

internal static partial class AuditLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Critical, Message = "Audit chain {Chain} is broken at {Sequence}: {Problem}")]
    public static partial void ChainBroken(ILogger logger, string chain, long? sequence, string problem);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Audit verified: {ChainCount} chains, {BreakCount} breaks")]
    public static partial void Verified(ILogger logger, int chainCount, int breakCount);
}
