namespace Portal.Core.Health;

public sealed record HealthReport(HealthStatus Status, IReadOnlyList<DependencyHealth> Dependencies)
{
    public static HealthReport From(IReadOnlyList<DependencyHealth> dependencies) => new(
        dependencies.Any(d => d.Critical && d.Status != HealthStatus.Healthy) ? HealthStatus.Unhealthy
        : dependencies.Any(d => d.Status != HealthStatus.Healthy) ? HealthStatus.Degraded
        : HealthStatus.Healthy,
        dependencies);
}
