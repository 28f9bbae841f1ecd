using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.DevHost;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.UnitTests.DevHost;

public sealed class TimerFunctionSchedulerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly SampleFunctions.Calls _calls = new();

    [Fact]
    public async Task Scheduler_TimeReachesTheCronOccurrence_RunsTheFunction()
    {
        using var scheduler = Scheduler(FunctionTargetTests.Timer(nameof(SampleFunctions.Tick), "*/30 * * * * *"), runTimers: true);
        await scheduler.StartAsync(CancellationToken.None);

        await AdvanceUntilAsync(() => _calls.Count >= 2, TimeSpan.FromSeconds(1), limit: 120);

        Assert.True(_calls.Count >= 2);
        Assert.Equal(new DateTime(2026, 11, 25, 10, 0, 30, DateTimeKind.Utc), _calls.LastTimer!.ScheduleStatus!.Last);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Scheduler_FunctionFails_KeepsToItsSchedule()
    {
        using var scheduler = Scheduler(FunctionTargetTests.Timer(nameof(SampleFunctions.Failing), "*/10 * * * * *"), runTimers: true);
        await scheduler.StartAsync(CancellationToken.None);

        await AdvanceUntilAsync(() => _calls.Count >= 3, TimeSpan.FromSeconds(1), limit: 120);

        Assert.True(_calls.Count >= 3);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Scheduler_TimersOff_NeverRuns()
    {
        using var scheduler = Scheduler(FunctionTargetTests.Timer(nameof(SampleFunctions.Tick), "* * * * * *"), runTimers: false);
        await scheduler.StartAsync(CancellationToken.None);

        await AdvanceUntilAsync(() => false, TimeSpan.FromSeconds(1), limit: 5);

        Assert.Equal(0, _calls.Count);
    }

    [Fact]
    public void ScheduleOf_SettingReference_ReadsTheSetting()
    {
        var target = FunctionTarget.Resolve(FunctionTargetTests.Timer(nameof(SampleFunctions.Tick), "%TickSchedule%"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TickSchedule"] = "0 0 3 * * *" }).Build();

        var next = TimerFunctionScheduler.ScheduleOf(target, configuration).GetNextOccurrence(_time.GetUtcNow(), TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void ScheduleOf_MissingSetting_NamesIt()
    {
        var target = FunctionTarget.Resolve(FunctionTargetTests.Timer(nameof(SampleFunctions.Tick), "%NoSuchSchedule%"));

        var error = Assert.Throws<InvalidOperationException>(() => TimerFunctionScheduler.ScheduleOf(target, new ConfigurationBuilder().Build()));

        Assert.Contains("NoSuchSchedule", error.Message, StringComparison.Ordinal);
    }

    private TimerFunctionScheduler Scheduler(FunctionMetadata timer, bool runTimers)
    {
        var services = new ServiceCollection()
            .AddSingleton(_calls)
            .AddSingleton<TimerPipeline>()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .BuildServiceProvider();
        return new TimerFunctionScheduler(
            new TimerFunctions([FunctionTarget.Resolve(timer)]),
            services.GetRequiredService<IServiceScopeFactory>(),
            new ConfigurationBuilder().Build(),
            _time,
            Options.Create(new DevHostOptions { RunTimers = runTimers }),
            NullLogger<TimerFunctionScheduler>.Instance);
    }

    private async Task AdvanceUntilAsync(Func<bool> done, TimeSpan step, int limit)
    {
        for (var i = 0; i < limit && !done(); i++)
        {
            // Let the scheduler reach its next delay before time moves on.
            await Task.Delay(10);
            _time.Advance(step);
        }
    }
}
