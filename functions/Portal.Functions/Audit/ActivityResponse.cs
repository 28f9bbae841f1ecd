namespace Portal.Functions.Audit;

public sealed record ActivityResponse(IReadOnlyList<ActivityItem> Items, string? ContinuationToken);
