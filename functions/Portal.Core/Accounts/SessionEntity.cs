using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

internal sealed class SessionEntity : PortalEntity
{
    public const string Row = "session";

    public SessionEntity()
    {
        RowKey = Row;
    }

    public string SessionId { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public string IpAddress { get; set; } = "";

    public string UserAgent { get; set; } = "";

    /// <summary>Set for ES staff signed in through the browser: their name, email and roles as the identity provider said.</summary>
    public string? StaffId { get; set; }

    public string? StaffName { get; set; }

    public string? StaffEmail { get; set; }

    public string? StaffRoles { get; set; }

    /// <summary>The external provider the session was signed in with; empty for a password (and for staff).</summary>
    public string SignedInWith { get; set; } = "";

    public static string PartitionFor(string tokenHash) => $"session|{tokenHash}";

    public PortalSession ToSession() => new(
        SessionId, UserId, CreatedAt, LastSeenAt, IpAddress, UserAgent,
        StaffId is null ? null : new StaffMember(StaffId, StaffName ?? "", StaffEmail ?? "", (StaffRoles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), IsScript: false))
    {
        SignedInWith = SignedInWith,
    };
}
