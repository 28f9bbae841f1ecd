namespace Portal.Functions.Staff;

public sealed record ApproveRequest(IReadOnlyList<string>? Scopes);
