namespace Portal.Core.Health;

/// <param name="Critical">Whether the portal cannot serve without this dependency (storage) or only some features suffer (mail).</param>
public sealed record DependencyHealth(string Name, HealthStatus Status, bool Critical, long DurationMs, string? Problem);
