using Portal.Core.Health;

namespace Portal.Functions.Health;

public sealed record HealthResponse(string Status, DateTimeOffset CheckedAt, IReadOnlyList<DependencyResponse> Dependencies)
{
    public static HealthResponse From(HealthReport report, DateTimeOffset checkedAt) => new(
        Name(report.Status),
        checkedAt,
        [.. report.Dependencies.Select(d => new DependencyResponse(d.Name, Name(d.Status), d.Critical, d.DurationMs, d.Problem))]);

    private static string Name(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
