namespace Portal.Core.Clients;

public sealed record Invitation(string Id, string ClientId, string ClientName, string Email, IReadOnlyList<Scope> Scopes, string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
