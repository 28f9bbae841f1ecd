using System.Security.Claims;

namespace Portal.Core.Staff;

/// <summary>A person of ES (signed in through the browser) or a script of theirs (a bearer token), with their roles.</summary>
public sealed record StaffMember(string Id, string Name, string Email, IReadOnlyList<string> Roles, bool IsScript)
{
    /// <summary>Whether the roles allow what <paramref name="role"/> allows: an admin may do all an operator may.</summary>
    public bool Has(string role) =>
        Roles.Contains(role, StringComparer.Ordinal) || (role == StaffRoles.Operator && Roles.Contains(StaffRoles.Admin, StringComparer.Ordinal));

    public bool IsStaff => StaffRoles.All.Any(Has);

    /// <summary>The actor name in audit records: who did it, kept apart from portal users' ids.</summary>
    public string Actor => $"staff:{Id}";

    /// <summary>From a validated token: Entra's object id, name and roles (the "roles" claim, mapped or not).</summary>
    public static StaffMember FromClaims(ClaimsPrincipal principal, bool isScript)
    {
        string? First(params string[] types) =>
            types.Select(type => principal.FindFirst(type)?.Value).FirstOrDefault(value => !string.IsNullOrEmpty(value));

        var id = First("oid", "http://schemas.microsoft.com/identity/claims/objectidentifier", "sub", ClaimTypes.NameIdentifier) ?? "";
        var roles = principal.Claims
            .Where(claim => claim.Type is "roles" or ClaimTypes.Role)
            .Select(claim => claim.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new StaffMember(
            id,
            First("name", ClaimTypes.Name, "azp", "appid") ?? id,
            First("preferred_username", "email", ClaimTypes.Email, "upn") ?? "",
            roles,
            isScript);
    }
}
