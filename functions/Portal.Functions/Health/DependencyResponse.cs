namespace Portal.Functions.Health;

public sealed record DependencyResponse(string Name, string Status, bool Critical, long DurationMs, string? Problem);
