namespace Portal.Functions.Accounts;

public sealed record TermsAcceptanceRequest(int? Version);
