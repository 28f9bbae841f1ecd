namespace Portal.Functions.Staff;

public sealed record StaffActivityResponse(IReadOnlyList<StaffActivityItem> Items, string? ContinuationToken);
