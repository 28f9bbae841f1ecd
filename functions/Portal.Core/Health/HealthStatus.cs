namespace Portal.Core.Health;

public enum HealthStatus
{
    Healthy,
    Degraded,
    Unhealthy,
}
