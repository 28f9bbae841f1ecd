using Portal.Core.Staff;

namespace Portal.Core.Accounts;

/// <summary>A signed-in browser. The cookie holds a random token; storage keeps only its hash.</summary>
public sealed record PortalSession(
    string Id,
    string UserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt,
    string IpAddress,
    string UserAgent,
    StaffMember? Staff = null)
{
    /// <summary>The external provider the session was signed in with (its start is when the person last proved who they are); empty for a password.</summary>
    public string SignedInWith { get; init; } = "";

    public bool IsExpired(DateTimeOffset now, AccountOptions options) =>
        now - LastSeenAt >= options.SessionIdleTimeout || now - CreatedAt >= AbsoluteTimeout(options);

    public DateTimeOffset ExpiresAt(AccountOptions options) =>
        LastSeenAt + options.SessionIdleTimeout < CreatedAt + AbsoluteTimeout(options)
            ? LastSeenAt + options.SessionIdleTimeout
            : CreatedAt + AbsoluteTimeout(options);

    /// <summary>A staff session is short, so a role removed in Entra ID ends it soon; the next sign-in is usually silent.</summary>
    public TimeSpan AbsoluteTimeout(AccountOptions options) =>
        Staff is null ? options.SessionAbsoluteTimeout : TimeSpan.FromTicks(Math.Min(options.SessionAbsoluteTimeout.Ticks, options.StaffSessionAbsoluteTimeout.Ticks));
}
