namespace Portal.Functions.Staff;

public sealed record StaffUserSummary(string Id, string Email, string FirstName, string LastName, string Status);
