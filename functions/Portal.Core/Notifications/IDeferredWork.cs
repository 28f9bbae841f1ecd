namespace Portal.Core.Notifications;

/// <summary>
/// Work a request leaves to the outbox dispatcher (<see cref="Outbox.EnqueueWorkAsync"/>), so that the
/// request costs the same whatever the work finds - a password reset for an unknown, awaiting or active
/// email answers in the same time. Run at least once: a crash between running and marking runs it again.
/// </summary>
public interface IDeferredWork
{
    /// <summary>The work's name, stored with each item.</summary>
    string Type { get; }

    Task RunAsync(string payload, CancellationToken cancellationToken);
}
