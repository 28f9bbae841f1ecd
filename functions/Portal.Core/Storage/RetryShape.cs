namespace Portal.Core.Storage;

/// <summary>How hard a client tries before it gives up.</summary>
public sealed record RetryShape(int MaxRetries, TimeSpan Delay, TimeSpan NetworkTimeout)
{
    /// <summary>For requests users wait on: one quick retry, then an answer, well within the proxy's 45 seconds.</summary>
    public static RetryShape Interactive { get; } = new(1, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(4));

    /// <summary>For work no one waits on (the nightly table export): patient retries and time for a large page or block.</summary>
    public static RetryShape Background { get; } = new(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(100));

    /// <summary>For probes: one try, short timeout, so a dead dependency is reported, not waited for.</summary>
    public static RetryShape Probe { get; } = new(0, TimeSpan.Zero, TimeSpan.FromSeconds(2));
}
