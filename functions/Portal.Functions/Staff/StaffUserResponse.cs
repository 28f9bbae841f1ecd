using Portal.Functions.Accounts;

namespace Portal.Functions.Staff;

public sealed record StaffUserResponse(
    string Id,
    string Email,
    string FirstName,
    string LastName,
    string Phone,
    string Address,
    string Language,
    string Status,
    string StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset PasswordChangedAt,
    bool MustChangePassword,
    int ConsecutiveFailures,
    DateTimeOffset? LockedUntil,
    IReadOnlyList<MeClient> Clients);
