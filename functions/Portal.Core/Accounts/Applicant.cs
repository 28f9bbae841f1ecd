namespace Portal.Core.Accounts;

/// <summary>Who an approved application makes a user of (§10): the person, how to reach them, the terms they accepted.</summary>
public sealed record Applicant(
    string Email, string FirstName, string LastName, string Language, string Phone, string Address, string PersonalCodeHmac, int AcceptedTermsVersion);
