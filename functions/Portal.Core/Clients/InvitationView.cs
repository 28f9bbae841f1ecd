namespace Portal.Core.Clients;

/// <summary>What an invitation link says to the person who opens it.</summary>
public sealed record InvitationView(string ClientName, string Email, IReadOnlyList<Scope> Scopes, bool HasAccount);
