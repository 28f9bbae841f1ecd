namespace Portal.Core.Accounts;

/// <summary>A new session and the token for its cookie (shown once, never stored).</summary>
public sealed record IssuedSession(PortalSession Session, string Token);
