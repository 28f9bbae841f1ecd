namespace Portal.Functions.Clients;

public sealed record ScopesRequest(IReadOnlyList<string>? Scopes);
