namespace Portal.Core.Staff;

/// <summary>The app roles ES assigns in Microsoft Entra ID (locally, in the development identity provider).</summary>
public static class StaffRoles
{
    /// <summary>Reviews applications, finds users, blocks, unblocks, unlocks, demands a password change, reads a user's trail.</summary>
    public const string Operator = "Staff.Operator";

    /// <summary>All an operator may do, plus terminating access (§21) and publishing terms (§16.2).</summary>
    public const string Admin = "Staff.Admin";

    public static IReadOnlyList<string> All { get; } = [Operator, Admin];

    /// <summary>The back office application: feeds clients, billing and permits (app-to-app, client credentials only).</summary>
    public const string BackOfficeWrite = "BackOffice.Write";
}
