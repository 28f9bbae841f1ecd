using Cronos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Functions.Pipeline;

namespace Portal.DevHost;

/// <summary>Runs each timer function on its six-field CRON schedule (UTC, as the Functions host does by default).</summary>
public sealed class TimerFunctionScheduler(
    TimerFunctions timers,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    TimeProvider time,
    IOptions<DevHostOptions> options,
    ILogger<TimerFunctionScheduler> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunTimers)
        {
            DevHostLog.TimersOff(logger, timers.Targets.Count);
            return Task.CompletedTask;
        }

        return Task.WhenAll(timers.Targets.Select(target => RunOnScheduleAsync(target, stoppingToken)));
    }

    /// <summary>The schedule, with %Setting% references resolved from configuration as the Functions host does.</summary>
    public static CronExpression ScheduleOf(FunctionTarget target, IConfiguration configuration)
    {
        var schedule = target.Metadata.Trigger.Schedule
            ?? throw new InvalidOperationException($"Timer function {target.Metadata.Name} has no schedule.");
        if (schedule.StartsWith('%') && schedule.EndsWith('%'))
        {
            var setting = schedule.Trim('%');
            schedule = configuration[setting]
                ?? throw new InvalidOperationException($"Timer function {target.Metadata.Name} reads its schedule from the missing setting {setting}.");
        }

        return CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
    }

    /// <summary>Runs the function once, as the host would on a tick; public so tests and tools can trigger a timer.</summary>
    public async Task RunOnceAsync(FunctionTarget target, DateTimeOffset? last, DateTimeOffset next, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<TimerPipeline>();
        var info = new TimerInfo
        {
            IsPastDue = false,
            ScheduleStatus = new ScheduleStatus { Last = last?.UtcDateTime ?? default, Next = next.UtcDateTime, LastUpdated = time.GetUtcNow().UtcDateTime },
        };
        await pipeline.RunAsync(target.Metadata.Name, () => target.InvokeAsync(scope.ServiceProvider, parameter =>
            parameter.ParameterType == typeof(TimerInfo) ? info : cancellationToken));
    }

    private async Task RunOnScheduleAsync(FunctionTarget target, CancellationToken stoppingToken)
    {
        var cron = ScheduleOf(target, configuration);
        DateTimeOffset? last = null;
        if (target.Metadata.Trigger.RunOnStartup == true)
        {
            await RunSafelyAsync(target, last, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = cron.GetNextOccurrence(now, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            try
            {
                await Task.Delay(next.Value - now, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunSafelyAsync(target, last, stoppingToken);
            last = next;
        }
    }

    private async Task RunSafelyAsync(FunctionTarget target, DateTimeOffset? last, CancellationToken stoppingToken)
    {
        var next = ScheduleOf(target, configuration).GetNextOccurrence(time.GetUtcNow(), TimeZoneInfo.Utc) ?? time.GetUtcNow();
        try
        {
            await RunOnceAsync(target, last, next, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Already logged by the timer pipeline; the next tick runs as usual, as in Azure.
        }
    }
}
