namespace Portal.Functions.Staff;

public sealed record ClientSettingsRequest(bool? SelfServiceInvitations);
