using Portal.Core.Clients;

namespace Portal.Functions.Accounts;

/// <summary>A client the user acts for, with what they may do for it.</summary>
public sealed record MeClient(string Id, string Name, ClientKind Kind, IReadOnlyList<Scope> Scopes);
