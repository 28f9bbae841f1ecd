using Portal.Core.Clients;

namespace Portal.Functions.Staff;

public sealed record StaffRepresentativeItem(string UserId, string FirstName, string LastName, string Email, IReadOnlyList<Scope> Scopes);
