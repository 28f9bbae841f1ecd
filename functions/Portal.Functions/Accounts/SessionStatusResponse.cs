using Portal.Functions.Staff;

namespace Portal.Functions.Accounts;

/// <param name="User">A portal user's session: who, their steps and clients.</param>
/// <param name="Staff">An ES staff member's session: who, with which roles.</param>
public sealed record SessionStatusResponse(bool SignedIn, MeResponse? User, StaffMeResponse? Staff);
