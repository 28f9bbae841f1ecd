namespace Portal.Functions.Staff;

public sealed record StaffUserListResponse(IReadOnlyList<StaffUserSummary> Items, string? ContinuationToken);
