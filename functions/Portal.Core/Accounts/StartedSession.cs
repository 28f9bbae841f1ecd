namespace Portal.Core.Accounts;

/// <summary>A successful sign-in: the account and the session it now has.</summary>
public sealed record StartedSession(UserAccount Account, IssuedSession Session);
