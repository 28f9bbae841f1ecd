namespace Portal.Core.Health;

public enum HealthStatus
{
    Healthy,
    Degraded,
    Unhealthy,
}

/// <param name="Critical">Whether the portal cannot serve without this dependency (storage) or only some features suffer (mail).</param>
public sealed record DependencyHealth(string Name, HealthStatus Status, bool Critical, long DurationMs, string? Problem);

public sealed record HealthReport(HealthStatus Status, IReadOnlyList<DependencyHealth> Dependencies)
{
    public static HealthReport From(IReadOnlyList<DependencyHealth> dependencies) => new(
        dependencies.Any(d => d.Critical && d.Status != HealthStatus.Healthy) ? HealthStatus.Unhealthy
        : dependencies.Any(d => d.Status != HealthStatus.Healthy) ? HealthStatus.Degraded
        : HealthStatus.Healthy,
        dependencies);
}
