namespace Portal.Functions.Accounts;

/// <param name="EmailConfirmationSent">A new email was asked for: a link went to it, and it becomes the username once opened.</param>
public sealed record UpdateMeResponse(MeResponse User, bool EmailConfirmationSent);
