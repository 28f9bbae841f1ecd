namespace Portal.Core.Audit;

/// <summary>Where a request came from, recorded with what it did (§23.1).</summary>
public sealed record AuditOrigin(string IpAddress, string UserAgent, string CorrelationId);
