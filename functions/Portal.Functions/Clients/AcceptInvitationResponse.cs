namespace Portal.Functions.Clients;

public sealed record AcceptInvitationResponse(string ClientId);
