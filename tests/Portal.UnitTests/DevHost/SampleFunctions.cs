using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Functions.Access;

namespace Portal.UnitTests.DevHost;

/// <summary>Functions that exist only for the dev host's own tests.</summary>
public sealed class SampleFunctions(SampleFunctions.Calls calls)
{
    public sealed class Calls
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public TimerInfo? LastTimer { get; private set; }

        public void Record(TimerInfo? timer)
        {
            LastTimer = timer;
            Interlocked.Increment(ref _count);
        }
    }

    public Task Tick(TimerInfo timer, CancellationToken cancellationToken)
    {
        calls.Record(timer);
        return Task.CompletedTask;
    }

    public Task Failing(TimerInfo timer)
    {
        calls.Record(timer);
        throw new InvalidOperationException("failing on purpose");
    }

    [Anonymous]
    public string Echo(HttpRequest request, string id) => $"{request.Method} {id}";

    [Anonymous]
    public string NeedsContext(FunctionContext context) => context.FunctionId;

    [Anonymous]
    public string UnknownRouteValue(HttpRequest request, string missing) => missing;

    public string NoAccessRule(HttpRequest request) => request.Method;
}
