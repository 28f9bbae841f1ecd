namespace Portal.Functions.Staff;

public sealed record StaffMeResponse(string Id, string Name, string Email, IReadOnlyList<string> Roles);
