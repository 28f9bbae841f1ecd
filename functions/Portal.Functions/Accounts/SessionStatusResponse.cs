using Portal.Functions.Staff;

namespace Portal.Functions.Accounts;

/// <param name="User">A portal user's session: who, their steps and clients.</param>
/// <param name="Staff">An ES staff member's session: who, with which roles.</param>
/// <param name="ExternalProviders">The external sign-ins the portal offers (<c>vpm</c>: Latvija.lv), for the sign-in page.</param>
public sealed record SessionStatusResponse(bool SignedIn, MeResponse? User, StaffMeResponse? Staff, IReadOnlyList<string> ExternalProviders);
