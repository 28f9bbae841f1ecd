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
    public bool IsExpired(DateTimeOffset now, AccountOptions options) =>
        now - LastSeenAt >= options.SessionIdleTimeout || now - CreatedAt >= options.SessionAbsoluteTimeout;

    public DateTimeOffset ExpiresAt(AccountOptions options) =>
        LastSeenAt + options.SessionIdleTimeout < CreatedAt + options.SessionAbsoluteTimeout
            ? LastSeenAt + options.SessionIdleTimeout
            : CreatedAt + options.SessionAbsoluteTimeout;
}
