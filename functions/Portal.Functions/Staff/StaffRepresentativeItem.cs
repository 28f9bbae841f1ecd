namespace Portal.Functions.Staff;

public sealed record StaffRepresentativeItem(string UserId, string FirstName, string LastName, string Email, IReadOnlyList<string> Scopes);
