namespace Portal.Functions.Staff;

public sealed record StaffReasonRequest(string? Reason);
