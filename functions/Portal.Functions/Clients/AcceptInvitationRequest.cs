namespace Portal.Functions.Clients;

public sealed record AcceptInvitationRequest(string? Token, string? FirstName, string? LastName, string? Password, string? Language);
