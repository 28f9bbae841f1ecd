using Portal.Core.Accounts;
using Portal.Core.Clients;

namespace Portal.Core.Staff;

/// <summary>A user as staff see them: the account, the lock on sign-in, the clients they act for.</summary>
public sealed record UserDetails(UserAccount Account, LockoutState Lockout, IReadOnlyList<Membership> Memberships);
