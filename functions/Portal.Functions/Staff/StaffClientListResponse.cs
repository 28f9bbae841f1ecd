namespace Portal.Functions.Staff;

public sealed record StaffClientListResponse(IReadOnlyList<StaffClientItem> Items, string? ContinuationToken);
