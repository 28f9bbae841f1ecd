namespace Portal.Functions.Accounts;

/// <param name="ExpiresAt">When the session ends if it is not used again.</param>
/// <param name="AbsoluteExpiresAt">When it ends however much it is used.</param>
public sealed record MeSession(string Id, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, DateTimeOffset AbsoluteExpiresAt, int IdleTimeoutSeconds);
