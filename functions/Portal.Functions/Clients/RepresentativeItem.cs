using Portal.Core.Clients;

namespace Portal.Functions.Clients;

public sealed record RepresentativeItem(string UserId, string FirstName, string LastName, string Email, IReadOnlyList<Scope> Scopes);
