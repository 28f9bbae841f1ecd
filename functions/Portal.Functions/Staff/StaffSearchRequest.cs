namespace Portal.Functions.Staff;

public sealed record StaffSearchRequest(string? Query);
