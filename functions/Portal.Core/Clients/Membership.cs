namespace Portal.Core.Clients;

/// <summary>A user acting for a client with some scopes (§2.5).</summary>
public sealed record Membership(string UserId, string ClientId, string ClientName, ClientKind ClientKind, IReadOnlyList<Scope> Scopes);
