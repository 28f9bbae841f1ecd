using Portal.Functions.Staff;

namespace Portal.Functions.Accounts;

/// <param name="User">A portal user's session: who, their steps and clients.</param>
/// <param name="Staff">An ES staff member's session: who, with which roles.</param>
/// <param name="ExternalProviders">The external sign-ins the portal offers (<c>vpm</c>: Latvija.lv; a bank's id), for the sign-in page.</param>
/// <param name="Banks">The banks a person may enter from (§14, §23.2), with their names: <c>/api/auth/bank/{id}/sign-in</c>.</param>
public sealed record SessionStatusResponse(bool SignedIn, MeResponse? User, StaffMeResponse? Staff, IReadOnlyList<string> ExternalProviders, IReadOnlyList<SignInProviderItem> Banks);
