namespace Portal.Functions.Staff;

public sealed record RegistrationListResponse(IReadOnlyList<RegistrationSummary> Items, string? ContinuationToken);
