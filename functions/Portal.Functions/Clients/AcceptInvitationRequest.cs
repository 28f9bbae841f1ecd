namespace Portal.Functions.Clients;

/// <param name="AcceptedTermsVersion">Creating an account: the version of the terms the person accepted, which must be the one in force.</param>
public sealed record AcceptInvitationRequest(string? Token, string? FirstName, string? LastName, string? Password, string? Language, int? AcceptedTermsVersion = null);
