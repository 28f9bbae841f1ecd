namespace Portal.Functions.Staff;

public sealed record ClientSettingsResponse(string Id, string Name, bool SelfServiceInvitations);
