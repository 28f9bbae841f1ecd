namespace Portal.Functions.Access;

/// <summary>An ES staff member with this app role (<see cref="Portal.Core.Staff.StaffMember"/>), by staff session or bearer token.</summary>
public sealed class StaffRoleAttribute(string role) : AccessAttribute
{
    public string Role { get; } = role;
}
