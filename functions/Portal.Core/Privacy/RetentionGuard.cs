namespace Portal.Core.Privacy;

/// <summary>What must still hold when a retention period ends: <see cref="Row"/>'s <see cref="Property"/> equals <see cref="Value"/>.</summary>
public sealed record RetentionGuard(string Row, string Property, string Value);
