namespace Portal.Functions.Accounts;

public sealed record SessionsResponse(IReadOnlyList<SessionItem> Items, string? ContinuationToken);
