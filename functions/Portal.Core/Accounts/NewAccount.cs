namespace Portal.Core.Accounts;

/// <summary>What an account is created with (by the approval of a registration, or the demo data).</summary>
public sealed record NewAccount(string Email, string FirstName, string LastName, string Language, string Password, int AcceptedTermsVersion);
