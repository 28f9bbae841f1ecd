using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Portal.Functions.Pipeline;

/// <summary>What happens around every timer function in both hosts: a correlation id in scope, timing, and failures logged with their exception.</summary>
public sealed class TimerPipeline(ILogger<TimerPipeline> logger)
{
    public async Task RunAsync(string functionName, Func<Task> invoke)
    {
        using var scope = logger.BeginScope("CorrelationId:{CorrelationId} Function:{Function}", CorrelationId.NewId(), functionName);
        var watch = Stopwatch.StartNew();
        try
        {
            await invoke();
            PipelineLog.TimerRan(logger, functionName, watch.ElapsedMilliseconds);
        }
        catch (Exception exception)
        {
            PipelineLog.TimerFailed(logger, functionName, exception);
            throw;
        }
    }
}
