namespace Portal.Functions.Terms;

public sealed record TermsListResponse(IReadOnlyList<TermsVersionResponse> Items);
