using System.Diagnostics;

namespace Portal.Testing;

/// <summary>Counts the HTTP calls this process makes to the storage emulator, from .NET's own HTTP client activities.</summary>
public sealed class StorageCalls : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly HashSet<int> _ports;
    private readonly List<(DateTime Start, TimeSpan Duration, string Call)> _log = [];
    private int _calls;

    private StorageCalls(IEnumerable<int> ports)
    {
        _ports = [.. ports];
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("server.port") is int port && _ports.Contains(port))
                {
                    Interlocked.Increment(ref _calls);
                    lock (_log)
                    {
                        _log.Add((activity.StartTimeUtc, activity.Duration, $"{activity.GetTagItem("http.request.method")} {activity.GetTagItem("url.full")} {activity.GetTagItem("http.response.status_code")}"));
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Each call as "METHOD url status", in the order they ended.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log.Select(entry => entry.Call)];
            }
        }
    }

    /// <summary>Each call with when it started and how long it took, in the order they started.</summary>
    public IReadOnlyList<(DateTime Start, TimeSpan Duration, string Call)> Timeline
    {
        get
        {
            lock (_log)
            {
                return [.. _log.OrderBy(entry => entry.Start)];
            }
        }
    }

    /// <summary>Starts counting calls to the endpoints of <paramref name="connectionString"/>.</summary>
    public static StorageCalls Count(string connectionString) =>
        new(connectionString.Split(';')
            .Where(part => part.Contains("Endpoint=", StringComparison.Ordinal))
            .Select(part => new Uri(part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]).Port));

    public void Dispose() => _listener.Dispose();
}
