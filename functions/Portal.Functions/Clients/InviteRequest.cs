namespace Portal.Functions.Clients;

public sealed record InviteRequest(string? Email, IReadOnlyList<string>? Scopes);
