namespace Portal.Functions.Clients;

public sealed record RepresentativeListResponse(IReadOnlyList<RepresentativeItem> Items, string? ContinuationToken);
