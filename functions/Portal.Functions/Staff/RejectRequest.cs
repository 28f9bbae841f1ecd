namespace Portal.Functions.Staff;

public sealed record RejectRequest(string? Reason);
