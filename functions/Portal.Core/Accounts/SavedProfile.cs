namespace Portal.Core.Accounts;

/// <summary>The profile as saved; a changed email waits for confirmation from the new address.</summary>
public sealed record SavedProfile(UserAccount Account, bool EmailConfirmationSent);
